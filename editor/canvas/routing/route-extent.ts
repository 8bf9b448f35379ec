// Where arrows run, as boxes: the few arrows a drop re-routes need only the
// arrows and labels near them (route-card.ts, affected.ts), not all 5,000 of a
// large card.
import { grow } from '../../../schema/layout/box-index';
import type { Point } from '../../../schema/layout/edge-geometry';
import type { Box } from '../../../schema/layout/sides';
import type { FlowEdge } from '../../../schema/types';

export function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const w = Math.max(...boxes.map((b) => b.x + b.w)) - x;
  const h = Math.max(...boxes.map((b) => b.y + b.h)) - y;
  return { x, y, w, h };
}

/** How far from its arrow a label may lie, with room for the widest label. */
export const LABEL_REACH = 400;

/** The box around the new routes, grown by `by`; an empty box far away when there are none. */
export function reach(routes: Map<string, Point[]>, by: number): Box {
  const all = [...routes.values()].flat();
  if (all.length === 0) return { x: -1e9, y: -1e9, w: 0, h: 0 };
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return grow({ x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y }, by);
}

/** Where a kept arrow runs: around its stored route and its boxes. */
export function extentOf(edge: FlowEdge, from: Box, to: Box): Box {
  const ends = union([from, to]);
  const route = edge.route?.points;
  if (!route?.length) return ends;
  const xs = route.map((p) => p[0]);
  const ys = route.map((p) => p[1]);
  return union([
    ends,
    { x: Math.min(...xs), y: Math.min(...ys), w: 0, h: 0 },
    { x: Math.max(...xs), y: Math.max(...ys), w: 0, h: 0 },
  ]);
}
