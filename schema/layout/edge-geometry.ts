// Where an arrow runs and where its label sits, the same for every place the
// chart is drawn (viewer, print, export, studio, the drawing check). A stored
// route is used when its ends still touch the two boxes; otherwise (a card
// never routed, or a box moved by a tool that does not route) the arrow is the
// simple curve that leaves and enters square to a side.
import type { EdgeRoute, FlowEdge, Side } from '../types';
import { wrapText } from './measure';
import { pickSides, type Box } from './sides';

export type Point = [number, number];

export interface EdgeGeometry {
  points: Point[];
  /** True for a stored orthogonal route, false for the simple curve [start, c1, c2, end]. */
  routed: boolean;
  labelAt: Point;
  /** The width the label wraps to. */
  labelWidth: number;
}

export const LABEL_FONT = 13;
export const LABEL_LINE = 16;
/** The average glyph width of the 13 px italic label text (Arial: about 0.47 em), rounded up. */
export const LABEL_GLYPH = 6.5;
export const LABEL_WIDTH = 150;

export const labelLines = (text: string, width: number): string[] =>
  wrapText(text, Math.max(4, Math.floor(width / LABEL_GLYPH)));

/** The box a label takes, centred on `at`, with a little room around the text. */
export function labelBox(text: string, at: Point, width: number): Box {
  const lines = labelLines(text, width);
  const w = Math.max(...lines.map((l) => l.length)) * LABEL_GLYPH + 6;
  const h = lines.length * LABEL_LINE + 2;
  return { x: at[0] - w / 2, y: at[1] - h / 2, w, h };
}

const NORMAL: Record<Side, Point> = { top: [0, -1], right: [1, 0], bottom: [0, 1], left: [-1, 0] };
const vertical = (s: Side) => s === 'top' || s === 'bottom';

function anchor(box: Box, side: Side, x = box.x + box.w / 2): Point {
  if (side === 'top') return [x, box.y];
  if (side === 'bottom') return [x, box.y + box.h];
  return [side === 'left' ? box.x : box.x + box.w, box.y + box.h / 2];
}

/** A cubic curve that leaves and enters square to the sides: [start, control 1, control 2, end]. */
function curve(s: Point, ss: Side, t: Point, ts: Side): Point[] {
  const pull = (side: Side) =>
    Math.max(25, Math.abs(vertical(side) ? t[1] - s[1] : t[0] - s[0]) / 2);
  const out = (p: Point, side: Side): Point => [
    p[0] + NORMAL[side][0] * pull(side),
    p[1] + NORMAL[side][1] * pull(side),
  ];
  return [s, out(s, ss), out(t, ts), t];
}

/** A point of the curve at t (0 to 1). */
export const curveAt = ([a, b, c, d]: Point[], t: number): Point =>
  [0, 1].map(
    (i) =>
      (1 - t) ** 3 * a![i]! +
      3 * (1 - t) ** 2 * t * b![i]! +
      3 * (1 - t) * t * t * c![i]! +
      t ** 3 * d![i]!,
  ) as Point;

/** Whether a point lies on the outline of a box (within a pixel and a half). */
function onBorder([x, y]: Point, b: Box): boolean {
  const e = 1.5;
  const inOuter = x >= b.x - e && x <= b.x + b.w + e && y >= b.y - e && y <= b.y + b.h + e;
  const inInner = x > b.x + e && x < b.x + b.w - e && y > b.y + e && y < b.y + b.h - e;
  return inOuter && !inInner;
}

/** A stored route still belongs to the boxes when its ends touch them. */
export function routeFits(route: EdgeRoute | undefined, from: Box, to: Box): route is EdgeRoute {
  const p = route?.points;
  return !!p && p.length >= 2 && onBorder(p[0]!, from) && onBorder(p[p.length - 1]!, to);
}

/** The middle of the middle stretch of a polyline: a label's place when none is stored. */
export function middleOfRoute(p: Point[]): Point {
  const [a, b] = [p[(p.length - 1) >> 1]!, p[p.length >> 1 || 1]!];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** The simple arrow: sides from the card or pickSides, a straight drop when the boxes share a column. */
export function simpleCurve(edge: FlowEdge, from: Box, to: Box): Point[] {
  const [autoS, autoT] = pickSides(from, to);
  const ss = edge.sourceHandle ?? autoS;
  const ts = edge.targetHandle ?? autoT;
  const left = Math.max(from.x, to.x);
  const right = Math.min(from.x + from.w, to.x + to.w);
  const x = !edge.sourceHandle && !edge.targetHandle && right - left > 30 && (left + right) / 2;
  return curve(anchor(from, ss, x || undefined), ss, anchor(to, ts, x || undefined), ts);
}

export function edgeGeometry(edge: FlowEdge, from: Box, to: Box): EdgeGeometry {
  const route = edge.route;
  if (routeFits(route, from, to)) {
    const points = route.points as Point[];
    const label = route.label;
    return {
      points,
      routed: true,
      labelAt: label ? [label.x, label.y] : middleOfRoute(points),
      labelWidth: label?.width ?? LABEL_WIDTH,
    };
  }
  const points = simpleCurve(edge, from, to);
  const [a, b, c, d] = points;
  const labelAt = [0, 1].map((i) => (a![i]! + 3 * b![i]! + 3 * c![i]! + d![i]!) / 8) as Point;
  return { points, routed: false, labelAt, labelWidth: LABEL_WIDTH };
}
