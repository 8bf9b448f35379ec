import { describe, expect, it } from 'vitest';
import { layoutNode } from '../../schema/layout/measure';
import type { Card, Position } from '../../schema/types';
import { autoLayout } from '../../editor/canvas/auto-layout';
import { sampleCard } from './helpers';

const sample = sampleCard;

function boxes(card: Card, positions: Record<string, Position>) {
  return card.flow.nodes
    .filter((n) => positions[n.id])
    .map((n) => {
      const { width, height } = layoutNode(n);
      const p = positions[n.id]!;
      return { id: n.id, x: p.x, y: p.y, w: width, h: height };
    });
}

function overlaps(card: Card, positions: Record<string, Position>): string[] {
  const list = boxes(card, positions);
  const found: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        found.push(`${a.id} × ${b.id}`);
    }
  return found;
}

describe('autoLayout', () => {
  it('places every node of the sample, without overlapping boxes', () => {
    const card = sample();
    const positions = autoLayout(card);
    expect(Object.keys(positions).sort()).toEqual(card.flow.nodes.map((n) => n.id).sort());
    expect(overlaps(card, positions)).toEqual([]);
  });

  it('orders the scenario columns by severity, calm left, even when they were shuffled', () => {
    const card = sample();
    // Put the scenarios in reverse order, in the array and on the canvas.
    const scenarios = card.flow.nodes.filter((n) => n.kind === 'scenario');
    scenarios.forEach((s, i) => (s.position = { x: 2000 - i * 300, y: s.position.y }));
    card.flow.nodes.reverse();
    const positions = autoLayout(card);
    const xs = [1, 2, 3, 4, 5].map(
      (sev) => positions[card.flow.nodes.find((n) => n.severity === sev)!.id]!.x,
    );
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(overlaps(card, positions)).toEqual([]);
  });

  it('puts the trunk on top, the steps under their heading and the end band below', () => {
    const card = sample();
    const p = autoLayout(card);
    const scenarioTop = Math.min(
      ...card.flow.nodes.filter((n) => n.kind === 'scenario').map((n) => p[n.id]!.y),
    );
    for (const id of ['start', 'gesprek', 'polsen', 'inschatting'])
      expect(p[id]!.y).toBeLessThan(scenarioTop);
    expect(p['start']!.y).toBeLessThan(p['gesprek']!.y);
    expect(p['polsen']!.y).toBeLessThan(p['inschatting']!.y);
    for (let s = 1; s <= 5; s++) {
      const heading = p[`scenario-${s}`]!;
      const steps = card.flow.nodes.filter((n) => n.id.startsWith(`s${s}-stap-`));
      let y = heading.y;
      for (const step of steps) {
        expect(p[step.id]!.y).toBeGreaterThan(y);
        expect(Math.abs(p[step.id]!.x - heading.x)).toBeLessThan(40);
        y = p[step.id]!.y;
      }
    }
    const lowest = Math.max(
      ...card.flow.nodes.filter((n) => n.kind === 'step').map((n) => p[n.id]!.y),
    );
    expect(p['continue-dialoog']!.y).toBeGreaterThan(lowest);
  });

  it('keeps the annotations out of the way: beside the trunk, above the columns', () => {
    const card = sample();
    const p = autoLayout(card);
    const startX = p['start']!.x;
    expect(p['intro']!.x + layoutNode(card.flow.nodes[0]!).width).toBeLessThanOrEqual(startX);
    expect(p['tip']!.x).toBeGreaterThan(startX);
    const scenarioTop = p['scenario-1']!.y;
    for (const id of ['intro', 'tip']) {
      const node = card.flow.nodes.find((n) => n.id === id)!;
      expect(p[id]!.y + layoutNode(node).height).toBeLessThan(scenarioTop);
    }
  });

  it('lays out only the selection, keeping its top-left corner and leaving the rest alone', () => {
    const card = sample();
    const ids = new Set(['scenario-3', 's3-stap-1', 's3-stap-2', 's3-stap-3']);
    const p = autoLayout(card, ids);
    expect(Object.keys(p).sort()).toEqual([...ids].sort());
    const before = card.flow.nodes.filter((n) => ids.has(n.id));
    expect(Math.min(...Object.values(p).map((q) => q.x))).toBe(
      Math.min(...before.map((n) => n.position.x)),
    );
    expect(Math.min(...Object.values(p).map((q) => q.y))).toBe(
      Math.min(...before.map((n) => n.position.y)),
    );
  });

  it('lays out a flow without scenarios top-down', () => {
    const card = sample();
    card.flow.nodes = card.flow.nodes.filter((n) => ['start', 'gesprek', 'polsen'].includes(n.id));
    const p = autoLayout(card);
    expect(p['start']!.y).toBeLessThan(p['gesprek']!.y);
    expect(p['gesprek']!.y).toBeLessThan(p['polsen']!.y);
  });
});
