// Which arrows an edit disturbs: those joined to a box that moved or changed
// size, new arrows and arrows whose ends, sides or label changed, and arrows
// whose stored route or label a moved box now covers. Everything else keeps
// its route, so a drag re-routes a handful of arrows, not the card.
import { BoxIndex, overlaps, segmentCrossesBox, spanOf } from '../../../schema/layout/box-index';
import { edgeGeometry, labelBox } from '../../../schema/layout/edge-geometry';
import type { Box } from '../../../schema/layout/sides';
import type { Card, FlowEdge } from '../../../schema/types';
import { cardBoxes } from './route-card';
import { extentOf, LABEL_REACH } from './route-extent';

const sameBox = (a: Box | undefined, b: Box | undefined) =>
  !!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

const ENDS: (keyof FlowEdge)[] = ['source', 'target', 'sourceHandle', 'targetHandle', 'label'];

export function affectedEdges(before: Card, after: Card): Set<string> {
  const affected = new Set<string>();
  if (before.flow === after.flow) return affected;
  const moved: Box[] = [];
  const movedIds = new Set<string>();
  if (before.flow.nodes !== after.flow.nodes) {
    const old = new Map(before.flow.nodes.map((n) => [n.id, n]));
    const oldBoxes = cardBoxes(before);
    const boxes = cardBoxes(after);
    for (const node of after.flow.nodes) {
      if (old.get(node.id) === node) continue;
      const box = boxes.get(node.id)!;
      if (sameBox(oldBoxes.get(node.id), box)) continue;
      movedIds.add(node.id);
      moved.push(box);
    }
  }
  const oldEdges = new Map(before.flow.edges.map((e) => [e.id, e]));
  for (const edge of after.flow.edges) {
    const was = oldEdges.get(edge.id);
    if (movedIds.has(edge.source) || movedIds.has(edge.target)) affected.add(edge.id);
    else if (was !== edge && (!was || ENDS.some((f) => was[f] !== edge[f]))) affected.add(edge.id);
  }
  if (moved.length === 0) return affected;
  // Arrows that keep their ends but now run under a moved box, or whose label it covers.
  const movedIndex = new BoxIndex(moved.map((b, i) => [b, i]));
  const boxes = cardBoxes(after);
  for (const edge of after.flow.edges) {
    if (affected.has(edge.id) || !edge.route) continue;
    const [from, to] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!from || !to) continue;
    // Far from every moved box (its label included): no need to work out its geometry.
    const extent = extentOf(edge, from, to);
    if (!moved.some((box) => overlaps(box, extent, LABEL_REACH))) continue;
    const g = edgeGeometry(edge, from, to);
    const p = g.points;
    let hit = false;
    for (let i = 1; i < p.length && !hit; i++)
      hit = movedIndex
        .query(spanOf(p[i - 1]!, p[i]!))
        .some(({ box }) => segmentCrossesBox(p[i - 1]!, p[i]!, box));
    if (!hit && edge.label)
      hit = movedIndex.query(labelBox(edge.label, g.labelAt, g.labelWidth)).length > 0;
    if (hit) affected.add(edge.id);
  }
  return affected;
}
