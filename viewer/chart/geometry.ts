// Where the chart's nodes and arrows go. Nodes keep the card's positions and
// the sizes and wrapped lines of schema/layout/measure.ts, so the viewer draws
// what the studio lays out. Arrows follow the routes the studio stored
// (orthogonal, rounded corners), or the simple curve when a card has none
// (schema/layout/edge-geometry.ts); arrows go under the boxes, labels over.
import {
  edgeGeometry,
  labelLines,
  type EdgeGeometry,
  type Point,
} from '../../schema/layout/edge-geometry';
import { layoutNode, type NodeLayout } from '../../schema/layout/measure';
import type { Box } from '../../schema/layout/sides';
import type { Card, FlowEdge, FlowNode } from '../../schema/types';

export type { Box, Point };
export interface ChartNode {
  node: FlowNode;
  layout: NodeLayout;
  box: Box;
}
export interface ChartEdge extends EdgeGeometry {
  edge: FlowEdge;
  labelLines: string[];
}
export interface ChartModel {
  nodes: ChartNode[];
  edges: ChartEdge[];
  bounds: Box;
}

const ROUND = 8;

/** An orthogonal polyline with its corners rounded (no more than half of either stretch). */
export function roundedPath(p: Point[]): string {
  let d = `M${p[0]}`;
  for (let i = 1; i < p.length - 1; i++) {
    const [a, b, c] = [p[i - 1]!, p[i]!, p[i + 1]!];
    const inLen = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const outLen = Math.hypot(c[0] - b[0], c[1] - b[1]);
    const k = Math.min(ROUND, inLen / 2, outLen / 2);
    if (!k) continue;
    const at = (q: Point, len: number) => [
      b[0] + ((q[0] - b[0]) * k) / len,
      b[1] + ((q[1] - b[1]) * k) / len,
    ];
    d += `L${at(a, inLen)}Q${b} ${at(c, outLen)}`;
  }
  return d + `L${p[p.length - 1]}`;
}

export const pathData = ({ points, routed }: EdgeGeometry): string =>
  routed ? roundedPath(points) : `M${points[0]}C${points[1]} ${points[2]} ${points[3]}`;

/**
 * The nodes in the order the flow is read (and tabbed through): notes and tips,
 * then from START along the arrows, each scenario's chain before the next,
 * the closing band last.
 */
function flowOrder(card: Card): FlowNode[] {
  const nodes = card.flow.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const next = new Map<string, FlowNode[]>();
  for (const e of card.flow.edges)
    if (e.kind !== 'return')
      next.set(e.source, [...(next.get(e.source) ?? []), byId.get(e.target)!]);
  const order = nodes.filter((n) => n.kind === 'note' || n.kind === 'tip');
  const seen = new Set(order);
  const visit = (node: FlowNode | undefined) => {
    if (!node || seen.has(node) || node.kind === 'end') return;
    seen.add(node);
    order.push(node);
    next.get(node.id)?.forEach(visit);
  };
  visit(nodes.find((n) => n.kind === 'start'));
  return [...order, ...nodes.filter((n) => !seen.has(n))];
}

/** The START node's box, where a phone's view opens. */
export const startBox = (model: ChartModel): Box | undefined =>
  model.nodes.find((n) => n.node.kind === 'start')?.box;

export function buildChart(card: Card): ChartModel {
  const nodes = flowOrder(card).map((node): ChartNode => {
    const layout = layoutNode(node);
    return { node, layout, box: { ...node.position, w: layout.width, h: layout.height } };
  });
  const boxes = new Map(nodes.map((n) => [n.node.id, n.box]));
  const edges = card.flow.edges.flatMap((edge): ChartEdge[] => {
    const [from, to] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!from || !to) return [];
    const geometry = edgeGeometry(edge, from, to);
    const lines = edge.label ? labelLines(edge.label, geometry.labelWidth) : [];
    return [{ edge, ...geometry, labelLines: lines }];
  });
  const xs = nodes.flatMap((n) => [n.box.x, n.box.x + n.box.w]);
  const ys = nodes.flatMap((n) => [n.box.y, n.box.y + n.box.h]);
  if (!nodes.length) return { nodes, edges, bounds: { x: 0, y: 0, w: 1, h: 1 } };
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { nodes, edges, bounds: { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y } };
}
