// Where the chart's nodes and arrows go. Nodes keep the card's positions and
// the sizes and wrapped lines of schema/layout/measure.ts, so the viewer draws
// what the studio lays out. Arrows are curves that leave and enter square to a
// side; arrows and their labels are drawn under and over the boxes.
import { layoutNode, wrapText, type NodeLayout } from '../../schema/layout/measure';
import { pickSides, type Box } from '../../schema/layout/sides';
import type { Card, FlowEdge, FlowNode, Side } from '../../schema/types';

export { pickSides, type Box };
export type Point = [number, number];
export interface ChartNode {
  node: FlowNode;
  layout: NodeLayout;
  box: Box;
}
export interface ChartEdge {
  edge: FlowEdge;
  points: Point[];
  /** Where the label's centre goes, and its wrapped lines. */
  labelAt: Point;
  labelLines: string[];
}
export interface ChartModel {
  nodes: ChartNode[];
  edges: ChartEdge[];
  bounds: Box;
}

const NORMAL: Record<Side, Point> = { top: [0, -1], right: [1, 0], bottom: [0, 1], left: [-1, 0] };
const vertical = (s: Side) => s === 'top' || s === 'bottom';

function anchor(box: Box, side: Side, x = box.x + box.w / 2): Point {
  if (side === 'top') return [x, box.y];
  if (side === 'bottom') return [x, box.y + box.h];
  return [side === 'left' ? box.x : box.x + box.w, box.y + box.h / 2];
}

/**
 * A cubic curve that leaves and enters square to the sides, like the studio's
 * (React Flow's) default edge: [start, control 1, control 2, end].
 */
export function curve(s: Point, ss: Side, t: Point, ts: Side): Point[] {
  const pull = (side: Side) =>
    Math.max(25, Math.abs(vertical(side) ? t[1] - s[1] : t[0] - s[0]) / 2);
  const out = (p: Point, side: Side): Point => [
    p[0] + NORMAL[side][0] * pull(side),
    p[1] + NORMAL[side][1] * pull(side),
  ];
  return [s, out(s, ss), out(t, ts), t];
}

/** The curve's midpoint, where its label goes. */
export const midpoint = ([a, b, c, d]: Point[]): Point =>
  [0, 1].map((i) => (a![i]! + 3 * b![i]! + 3 * c![i]! + d![i]!) / 8) as Point;

export const pathData = ([a, b, c, d]: Point[]): string => `M${a}C${b} ${c} ${d}`;

function edgeGeometry(edge: FlowEdge, from: Box, to: Box): Point[] {
  const [autoS, autoT] = pickSides(from, to);
  const ss = edge.sourceHandle ?? autoS;
  const ts = edge.targetHandle ?? autoT;
  // A straight drop when the boxes share a column and no side was asked for.
  const left = Math.max(from.x, to.x);
  const right = Math.min(from.x + from.w, to.x + to.w);
  const x = !edge.sourceHandle && !edge.targetHandle && right - left > 30 && (left + right) / 2;
  return curve(anchor(from, ss, x || undefined), ss, anchor(to, ts, x || undefined), ts);
}

export function buildChart(card: Card): ChartModel {
  const nodes = card.flow.nodes.map((node): ChartNode => {
    const layout = layoutNode(node);
    return { node, layout, box: { ...node.position, w: layout.width, h: layout.height } };
  });
  const boxes = new Map(nodes.map((n) => [n.node.id, n.box]));
  const edges = card.flow.edges.flatMap((edge): ChartEdge[] => {
    const [from, to] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!from || !to) return [];
    const points = edgeGeometry(edge, from, to);
    const labelLines = edge.label ? wrapText(edge.label, 22) : [];
    return [{ edge, points, labelAt: midpoint(points), labelLines }];
  });
  const xs = nodes.flatMap((n) => [n.box.x, n.box.x + n.box.w]);
  const ys = nodes.flatMap((n) => [n.box.y, n.box.y + n.box.h]);
  if (!nodes.length) return { nodes, edges, bounds: { x: 0, y: 0, w: 1, h: 1 } };
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { nodes, edges, bounds: { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y } };
}
