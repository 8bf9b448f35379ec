// Routes a card's arrows (all, or the few a change touched) with a RouteFn
// (libavoid) and places their labels. Pure apart from the router: the studio
// calls it when nodes move, after auto-layout and on "Pijlen opnieuw leggen";
// scripts and tests call it in Node.
//
// A few arrows are routed locally: only the boxes around them are obstacles,
// which keeps a re-route after a drag to a few milliseconds on a card of a
// thousand nodes (libavoid re-routes every connector of a router on each
// change: 1.2 s there). A local route that meets a box it did not know is
// routed again with a wider neighbourhood.
import {
  curveAt,
  edgeGeometry,
  labelBox,
  routeFits,
  type Point,
} from '../../../schema/layout/edge-geometry';
import {
  BoxIndex,
  grow,
  overlaps,
  segmentCrossesBox,
  spanOf,
} from '../../../schema/layout/box-index';
import { layoutNode } from '../../../schema/layout/measure';
import { pickSides, type Box } from '../../../schema/layout/sides';
import type { Card, EdgeRoute, FlowEdge, FlowNode, RoutePoint } from '../../../schema/types';
import type { ConnectorEnd, RouteFn, RoutingTask } from './avoid';
import { placeLabel, segmentBoxes, type LabelWorld } from './labels';
import { extentOf, LABEL_REACH, reach, union } from './route-extent';

/** From this many arrows on, one router takes them all at once (and nudges them apart). */
const LOCAL_UP_TO = 24;
const NEIGHBOURHOOD = 160;

const sizes = new WeakMap<FlowNode, { w: number; h: number }>();
function boxOf(node: FlowNode): Box {
  let size = sizes.get(node);
  if (!size) {
    const { width, height } = layoutNode(node);
    size = { w: width, h: height };
    sizes.set(node, size);
  }
  return { x: node.position.x, y: node.position.y, ...size };
}

export const cardBoxes = (card: Card): Map<string, Box> =>
  new Map(card.flow.nodes.map((n) => [n.id, boxOf(n)]));

/** Where on its sides an arrow joins its boxes: the card's sides, else the flow's; straight when the boxes line up. */
function endsOf(
  edge: FlowEdge,
  from: Box,
  to: Box,
): [Omit<ConnectorEnd, 'shape'>, Omit<ConnectorEnd, 'shape'>] {
  const [autoS, autoT] = pickSides(from, to);
  const ss = edge.sourceHandle ?? autoS;
  const ts = edge.targetHandle ?? autoT;
  const free = !edge.sourceHandle && !edge.targetHandle;
  const across = (box: Box, vertical: boolean) => {
    const [lo, hi] = vertical
      ? [Math.max(from.x, to.x), Math.min(from.x + from.w, to.x + to.w)]
      : [Math.max(from.y, to.y), Math.min(from.y + from.h, to.y + to.h)];
    // A sideways arrow runs straight whenever the boxes face each other; a downward one only
    // when the card left the sides to the flow (the trunk's straight drops).
    if ((!free && vertical) || hi - lo <= 30) return 0.5;
    return vertical ? ((lo + hi) / 2 - box.x) / box.w : ((lo + hi) / 2 - box.y) / box.h;
  };
  const vertical = (s: string) => s === 'top' || s === 'bottom';
  return [
    { side: ss, at: across(from, vertical(ss)) },
    { side: ts, at: across(to, vertical(ts)) },
  ];
}

/** Without repeated points or points in the middle of a straight stretch; to a tenth of a pixel. */
export function simplify(points: Point[]): RoutePoint[] {
  const r = (v: number) => Math.round(v * 10) / 10;
  const out: RoutePoint[] = [];
  for (const [x, y] of points) {
    const p: RoutePoint = [r(x), r(y)];
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))
    )
      out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** A kept arrow as a polyline: its route, or its curve sampled. */
const polyline = (g: ReturnType<typeof edgeGeometry>): Point[] =>
  g.routed ? g.points : Array.from({ length: 13 }, (_, i) => curveAt(g.points, i / 12));

interface Job {
  edges: FlowEdge[];
  region: Box | null;
}

/** Arrows whose neighbourhoods overlap are routed together, so the router keeps them apart. */
function groupLocal(edges: FlowEdge[], boxes: Map<string, Box>): Job[] {
  const jobs: Job[] = [];
  for (const edge of edges) {
    let region = grow(union([boxes.get(edge.source)!, boxes.get(edge.target)!]), NEIGHBOURHOOD);
    let members = [edge];
    for (let i = jobs.length - 1; i >= 0; i--) {
      const job = jobs[i]!;
      if (job.region && overlaps(job.region, region)) {
        region = union([job.region, region]);
        members = [...job.edges, ...members];
        jobs.splice(i, 1);
      }
    }
    jobs.push({ edges: members, region });
  }
  return jobs;
}

/**
 * Whether the line crosses a box other than the arrow's own; with `known`, only boxes the
 * router did not have. A box it had and still crossed (one dropped onto the arrow's end)
 * no wider neighbourhood avoids: widening then only cost a whole-card route.
 */
function crossesUnknownBox(
  points: Point[],
  edge: FlowEdge,
  index: BoxIndex<string>,
  known?: ReadonlySet<string>,
): boolean {
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const span = spanOf(a, b);
    for (const { box, item } of index.query(span))
      if (
        item !== edge.source &&
        item !== edge.target &&
        !known?.has(item) &&
        segmentCrossesBox(a, b, box)
      )
        return true;
  }
  return false;
}

/**
 * The straight arrow between two boxes that face each other (a step and the
 * next one in a column), when nothing stands between them: no router needed,
 * and none could do better (libavoid cannot route between boxes closer than
 * twice its buffer, as the steps of a compact column are).
 */
function straight(edge: FlowEdge, from: Box, to: Box, index: BoxIndex<string>): Point[] | null {
  const [s, t] = endsOf(edge, from, to);
  const at = (b: Box, e: typeof s): Point =>
    e.side === 'top' || e.side === 'bottom'
      ? [b.x + b.w * e.at, e.side === 'top' ? b.y : b.y + b.h]
      : [e.side === 'left' ? b.x : b.x + b.w, b.y + b.h * e.at];
  const [a, b] = [at(from, s), at(to, t)];
  const facing =
    (s.side === 'bottom' && t.side === 'top' && a[1] <= b[1]) ||
    (s.side === 'top' && t.side === 'bottom' && a[1] >= b[1]) ||
    (s.side === 'right' && t.side === 'left' && a[0] <= b[0]) ||
    (s.side === 'left' && t.side === 'right' && a[0] >= b[0]);
  const line: Point[] = [a, b];
  return facing && (a[0] === b[0] || a[1] === b[1]) && !crossesUnknownBox(line, edge, index)
    ? line
    : null;
}

function runJob(
  job: Job,
  boxes: Map<string, Box>,
  index: BoxIndex<string>,
  route: RouteFn,
  buffer?: number,
): { found: Map<string, Point[]>; known: Set<string> } {
  const ids = job.region ? index.query(job.region).map((e) => e.item) : [...boxes.keys()];
  for (const e of job.edges) ids.push(e.source, e.target);
  const known = new Set(ids);
  const order = [...known];
  const at = new Map(order.map((id, i) => [id, i]));
  const task: RoutingTask = {
    shapes: order.map((id) => boxes.get(id)!),
    connectors: job.edges.map((edge) => {
      const [from, to] = endsOf(edge, boxes.get(edge.source)!, boxes.get(edge.target)!);
      return {
        id: edge.id,
        from: { ...from, shape: at.get(edge.source)! },
        to: { ...to, shape: at.get(edge.target)! },
      };
    }),
    ...(buffer ? { buffer } : {}),
  };
  return { found: route(task), known };
}

/**
 * New routes for the arrows `ids` (or every arrow), labels placed clear of the
 * boxes and of the labels of the arrows left as they are.
 */
export function routeCard(
  card: Card,
  route: RouteFn,
  ids: ReadonlySet<string> | 'all' = 'all',
): Map<string, EdgeRoute> {
  const boxes = cardBoxes(card);
  const index = new BoxIndex<string>([...boxes].map(([id, box]) => [box, id]));
  const asked = card.flow.edges.filter(
    (e) =>
      (ids === 'all' || ids.has(e.id)) &&
      e.source !== e.target &&
      boxes.has(e.source) &&
      boxes.has(e.target),
  );
  const points = new Map<string, Point[]>();
  for (const edge of asked) {
    const line = straight(edge, boxes.get(edge.source)!, boxes.get(edge.target)!, index);
    if (line) points.set(edge.id, simplify(line));
  }
  const todo = asked.filter((e) => !points.has(e.id));
  const jobs: Job[] =
    ids === 'all' || todo.length > LOCAL_UP_TO
      ? [{ edges: todo, region: null }]
      : groupLocal(todo, boxes);
  for (let job of jobs) {
    for (;;) {
      const { found, known } = runJob(job, boxes, index, route);
      const bad =
        job.region &&
        job.edges.some((e) => crossesUnknownBox(found.get(e.id) ?? [], e, index, known));
      if (!bad) {
        for (const [id, p] of found) if (p.length >= 2) points.set(id, simplify(p));
        break;
      }
      const grown = grow(job.region!, job.region!.w + job.region!.h);
      job = { ...job, region: boxes.size && grown.w > 20000 ? null : grown };
    }
  }

  // libavoid answers centre to centre when it finds no way (a pin inside another box's buffer):
  // those arrows get one more try with boxes kept only 4 px apart, else no route.
  const failed = todo.filter((e) => {
    const p = points.get(e.id);
    const ok = p && routeFits({ points: p }, boxes.get(e.source)!, boxes.get(e.target)!);
    if (!ok) points.delete(e.id);
    return !ok;
  });
  // Tried around the arrows first, as the first routing was: with every box of a 5,000-node
  // card as an obstacle this took a second after each drop onto another box.
  const local = ids !== 'all' && failed.length <= LOCAL_UP_TO;
  for (const job of local ? groupLocal(failed, boxes) : [{ edges: failed, region: null }]) {
    if (job.edges.length === 0) continue;
    let { found, known } = runJob(job, boxes, index, route, 4);
    if (
      job.region &&
      job.edges.some((e) => crossesUnknownBox(found.get(e.id) ?? [], e, index, known))
    )
      ({ found, known } = runJob({ edges: job.edges, region: null }, boxes, index, route, 4));
    for (const e of job.edges) {
      const p = simplify(found.get(e.id) ?? []);
      if (p.length >= 2 && routeFits({ points: p }, boxes.get(e.source)!, boxes.get(e.target)!))
        points.set(e.id, p);
    }
  }

  // Labels: the ones left as they are hold their place; new ones go around them. For a few
  // arrows only the arrows near them matter (a new label lies along its new route).
  const near = ids === 'all' ? null : reach(points, LABEL_REACH);
  const world: LabelWorld = { boxes: index, labels: new BoxIndex(), segments: new BoxIndex() };
  for (const edge of card.flow.edges) {
    const [from, to] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!from || !to) continue;
    const mine = points.get(edge.id);
    if (near && !mine && !overlaps(grow(extentOf(edge, from, to), LABEL_REACH), near)) continue;
    const kept = mine ? null : edgeGeometry(edge, from, to);
    for (const [box, item] of segmentBoxes(edge.id, mine ?? polyline(kept!)))
      world.segments.add(box, item);
    if (kept && edge.label)
      world.labels.add(labelBox(edge.label, kept.labelAt, kept.labelWidth), edge.id);
  }
  const routes = new Map<string, EdgeRoute>();
  for (const edge of asked) {
    const p = points.get(edge.id);
    if (!p) continue;
    routes.set(
      edge.id,
      edge.label ? { points: p, label: placeLabel(edge.id, edge.label, p, world) } : { points: p },
    );
  }
  return routes;
}
