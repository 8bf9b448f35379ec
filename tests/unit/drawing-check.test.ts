// The drawing-clean check: the shipped cards are clean on every count, the
// hand-laid card of version 1 is not (so the check can fail), and each kind of
// overlap is found on a small card made for it, with a Dutch warning that
// points at what to move.
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../schema/load/load-card';
import { drawingCounts, drawingIssues, drawingProblems } from '../../schema/layout/drawing-check';
import { routeFits } from '../../schema/layout/edge-geometry';
import { layoutNode } from '../../schema/layout/measure';
import type { Card } from '../../schema/types';
import { minimalCard, readRepoFile, SAMPLE_PATH, TEMPLATE_PATH } from './helpers';

const ZERO = { 'label-on-box': 0, 'label-on-label': 0, 'arrow-through-box': 0, 'box-on-box': 0 };

function load(path: string): Card {
  const result = loadCard(readRepoFile(path));
  if (!result.ok) throw new Error(path);
  return result.card;
}

/** Two steps in a column with an arrow between them, plus whatever a test adds. */
function column(): Card {
  const card = minimalCard();
  card.flow.nodes = [
    { id: 'a', kind: 'start', title: 'START', position: { x: 0, y: 0 } },
    { id: 'b', kind: 'step', text: 'Stap b', position: { x: 0, y: 100 } },
    { id: 'c', kind: 'end', text: 'Einde', position: { x: 0, y: 300 } },
  ];
  card.flow.edges = [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'bc', source: 'b', target: 'c' },
  ];
  return card;
}

describe('drawing check', () => {
  it('holds the sample and the template at zero on every count', () => {
    for (const path of [SAMPLE_PATH, TEMPLATE_PATH]) {
      const card = load(path);
      expect(drawingCounts(drawingIssues(card)), path).toEqual(ZERO);
      // Every arrow of the shipped cards has a stored route that meets its boxes, so the
      // viewer draws them routed (a failed route would be drawn the simple way, unnoticed).
      const boxes = new Map(
        card.flow.nodes.map((n) => {
          const { width, height } = layoutNode(n);
          return [n.id, { ...n.position, w: width, h: height }];
        }),
      );
      for (const e of card.flow.edges)
        expect(routeFits(e.route, boxes.get(e.source)!, boxes.get(e.target)!), e.id).toBe(true);
    }
  });

  it('finds what the issue saw on the card laid out by hand (version 1, no routes)', () => {
    const counts = drawingCounts(
      drawingIssues(load('tests/fixtures/migrations/v1-zuid-oost-vlaanderen.json')),
    );
    expect(counts['label-on-box']).toBeGreaterThan(0);
    expect(counts['arrow-through-box']).toBeGreaterThan(0);
  });

  it('finds a box on a box, and says which node to move', () => {
    const card = column();
    card.flow.nodes[2]!.position = { x: 20, y: 110 };
    const issues = drawingIssues(card);
    expect(drawingCounts(issues)['box-on-box']).toBe(1);
    const [warning] = drawingProblems(card, issues).filter((p) => p.code === 'drawing-box-on-box');
    expect(warning).toMatchObject({ severity: 'warning', pointer: '/flow/nodes/1/position' });
    expect(warning!.message.nl).toBe("De stap 'Stap b' ligt over de afsluiting 'Einde'.");
  });

  it('finds an arrow through a box, routed or not', () => {
    const card = column();
    const startHeight = layoutNode(card.flow.nodes[0]!).height;
    card.flow.edges.push({ id: 'ac', source: 'a', target: 'c' });
    // The simple curve drops straight through step b.
    expect(drawingIssues(card)).toContainEqual({
      kind: 'arrow-through-box',
      subject: 'ac',
      other: 'b',
    });
    // A stored route around b is clean.
    card.flow.edges[2]!.route = {
      points: [
        [70, startHeight],
        [70, 60],
        [300, 60],
        [300, 300],
      ],
    };
    expect(drawingIssues(card).filter((i) => i.subject === 'ac')).toEqual([]);
    // A route whose ends no longer touch its boxes is not used: the curve is checked again.
    card.flow.nodes[0]!.position = { x: 100, y: 0 };
    expect(drawingIssues(card).filter((i) => i.subject === 'ac')).toHaveLength(1);
  });

  it('finds labels on boxes and on labels, with the warning the problems panel shows', () => {
    const card = column();
    card.flow.edges[0]!.label = 'Een label dat op de stap ligt';
    card.flow.edges[0]!.route = {
      points: [
        [70, layoutNode(card.flow.nodes[0]!).height],
        [70, 100],
      ],
      label: { x: 70, y: 110, width: 150 },
    };
    card.flow.edges[1]!.label = 'Nog een label';
    card.flow.edges[1]!.route = {
      points: [
        [130, 100 + layoutNode(card.flow.nodes[1]!).height],
        [130, 300],
      ],
      label: { x: 75, y: 112, width: 150 },
    };
    const issues = drawingIssues(card);
    expect(drawingCounts(issues)).toMatchObject({ 'label-on-box': 2, 'label-on-label': 1 });
    const messages = drawingProblems(card, issues).map((p) => p.message.nl);
    expect(messages).toContain(
      "Het label van de pijl 'Een label dat op de stap ligt' ligt over de stap 'Stap b'.",
    );
    expect(messages).toContain(
      "Het label van de pijl 'Nog een label' ligt over het label van de pijl 'Een label dat op de stap ligt'.",
    );
  });
});
