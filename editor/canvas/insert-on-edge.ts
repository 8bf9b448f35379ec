// A new step put into an arrow, so adding to a chain keeps one chain instead
// of leaving a parallel arrow: in a column the boxes below make room (and what
// they would then cover moves along); elsewhere the step goes to the nearest
// free place between the two boxes.
import type { Card, FlowNode } from '../../schema/types';
import type { Studio } from '../app/studio';
import { insertIntoEdge, type InsertIntoEdge } from '../state/commands/edge-commands';
import { newId } from '../state/ids';
import { cachedLayout } from './flow-elements';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const GAP = 30;
export const nodeRect = (n: FlowNode, dy = 0): Rect => {
  const { width, height } = cachedLayout(n);
  return { x: n.position.x, y: n.position.y + dy, w: width, h: height };
};
export const hits = (a: Rect, b: Rect, margin = 0) =>
  a.x < b.x + b.w + margin &&
  b.x < a.x + a.w + margin &&
  a.y < b.y + b.h + margin &&
  b.y < a.y + a.h + margin;

/** The nearest spot to `box` (searched in rings of 20 px) where it covers nothing, with a margin. */
export function nearestFree(card: Card, box: Rect, margin = 20): { x: number; y: number } {
  const others = card.flow.nodes.map((n) => nodeRect(n));
  for (let ring = 0; ring < 60; ring++) {
    const d = ring * 20;
    const tries: [number, number][] = ring
      ? [
          [0, d],
          [d, 0],
          [-d, 0],
          [0, -d],
          [d, d],
          [-d, d],
          [d, -d],
          [-d, -d],
        ]
      : [[0, 0]];
    for (const [dx, dy] of tries) {
      const spot = { ...box, x: box.x + dx, y: box.y + dy };
      if (!others.some((o) => hits(o, spot, margin)))
        return { x: Math.round(spot.x / 10) * 10, y: Math.round(spot.y / 10) * 10 };
    }
  }
  return { x: box.x, y: box.y };
}

export function planInsert(card: Card, edgeId: string, text: string): InsertIntoEdge | null {
  const edge = card.flow.edges.find((e) => e.id === edgeId);
  const source = card.flow.nodes.find((n) => n.id === edge?.source);
  const target = card.flow.nodes.find((n) => n.id === edge?.target);
  if (!edge || !source || !target) return null;
  const taken = new Set([...card.flow.nodes, ...card.flow.edges].map((x) => x.id));
  const id = newId('stap', (x) => taken.has(x));
  taken.add(id);
  const newEdgeId = newId(`e-${id}`, (x) => taken.has(x));
  const [s, t] = [nodeRect(source), nodeRect(target)];
  const width = source.kind === 'step' ? s.w : target.kind === 'step' ? t.w : undefined;
  const node: FlowNode = {
    id,
    kind: 'step',
    text,
    position: { x: 0, y: 0 },
    ...(width ? { width } : {}),
  };
  const size = cachedLayout(node);
  const below = t.y >= s.y + s.h && t.x < s.x + s.w && s.x < t.x + t.w;
  if (!below) {
    const centre = {
      x: (s.x + s.w / 2 + t.x + t.w / 2) / 2,
      y: (s.y + s.h / 2 + t.y + t.h / 2) / 2,
    };
    const box = {
      x: centre.x - size.width / 2,
      y: centre.y - size.height / 2,
      w: size.width,
      h: size.height,
    };
    return { edgeId, newEdgeId, node: { ...node, position: nearestFree(card, box) }, shifts: [] };
  }
  // In a column: the step takes the target's place, and the target's column moves down.
  const dy = size.height + Math.max(GAP, t.y - (s.y + s.h));
  const moving = new Set<string>();
  for (const n of card.flow.nodes) {
    const r = nodeRect(n);
    if (r.y >= t.y - 1 && r.x < t.x + t.w && t.x < r.x + r.w) moving.add(n.id);
  }
  // Whatever a moved box would now cover moves along, until nothing is covered.
  for (let changed = true; changed;) {
    changed = false;
    for (const n of card.flow.nodes) {
      if (moving.has(n.id) || n.id === source.id) continue;
      const r = nodeRect(n);
      const covered = card.flow.nodes.some(
        (m) => moving.has(m.id) && r.y >= nodeRect(m).y && hits(nodeRect(m, dy), r),
      );
      if (covered) {
        moving.add(n.id);
        changed = true;
      }
    }
  }
  const position = { x: Math.round(t.x + (t.w - size.width) / 2), y: t.y };
  return {
    edgeId,
    newEdgeId,
    node: { ...node, position },
    shifts: [...moving].map((mid) => ({ id: mid, dy })),
  };
}

/** Inserts a new step into the arrow and selects it, as one undoable step. */
export function insertStepIntoEdge(studio: Studio, edgeId: string, text: string): void {
  const card = studio.store.getState()?.card;
  const plan = card && planInsert(card, edgeId, text);
  if (!plan) return;
  studio.store.execute(insertIntoEdge, plan);
  studio.selection.select({ nodeIds: [plan.node.id] });
}
