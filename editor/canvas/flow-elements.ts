// React Flow's nodes and edges, derived from the card. The card is the truth;
// these objects are a view of it. They are cached per card-node identity
// (Immer keeps unchanged nodes identical), so after an edit only the changed
// nodes get new objects and React Flow re-renders only those.
import type { Edge, Node, NodeHandle } from '@xyflow/react';
import { MarkerType, Position as HandlePosition } from '@xyflow/react';
import { layoutNode, type NodeLayout } from '../../schema/layout/measure';
import { pickSides, type Box } from '../../schema/layout/sides';
import type { Card, FlowEdge, FlowNode, Position, Side } from '../../schema/types';
import type { ProblemSeverity } from '../../schema/problems';
import { EDGE, EDGE_SELECTED } from './node-theme';

export interface CanvasNodeData extends Record<string, unknown> {
  node: FlowNode;
  layout: NodeLayout;
  problem: ProblemSeverity | undefined;
}
export interface CanvasEdgeData extends Record<string, unknown> {
  edge: FlowEdge;
}
export type CanvasNode = Node<CanvasNodeData, 'card'>;
export type CanvasEdge = Edge<CanvasEdgeData, 'card'>;

export const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];
const HANDLE_SIZE = 10;
const SIDE_POSITION: Record<Side, HandlePosition> = {
  top: HandlePosition.Top,
  right: HandlePosition.Right,
  bottom: HandlePosition.Bottom,
  left: HandlePosition.Left,
};

const layouts = new WeakMap<FlowNode, NodeLayout>();
export function cachedLayout(node: FlowNode): NodeLayout {
  let layout = layouts.get(node);
  if (!layout) {
    layout = layoutNode(node);
    layouts.set(node, layout);
  }
  return layout;
}

/**
 * Where the handles sit, given up front: edges can then be drawn to nodes that
 * are off screen (and so not rendered) without waiting for the DOM.
 */
function handlesFor(width: number, height: number): NodeHandle[] {
  const h = HANDLE_SIZE;
  const at: Record<Side, [number, number]> = {
    top: [width / 2 - h / 2, -h / 2],
    right: [width - h / 2, height / 2 - h / 2],
    bottom: [width / 2 - h / 2, height - h / 2],
    left: [-h / 2, height / 2 - h / 2],
  };
  return SIDES.map((side) => ({
    id: side,
    type: 'source',
    position: SIDE_POSITION[side],
    x: at[side][0],
    y: at[side][1],
    width: h,
    height: h,
  }));
}

interface CachedNode {
  key: string;
  value: CanvasNode;
}
interface CachedEdge {
  key: string;
  value: CanvasEdge;
}

export interface NodeView {
  selected: ReadonlySet<string>;
  problems: ReadonlyMap<string, ProblemSeverity>;
  /** Positions held by the canvas during a drag, before they become one step. */
  dragging: ReadonlyMap<string, Position> | null;
  /** The node's accessible name, in the UI language. */
  name: (node: FlowNode) => string;
  lang: string;
}

export class FlowElements {
  private nodeCache = new WeakMap<FlowNode, CachedNode>();
  private edgeCache = new WeakMap<FlowEdge, CachedEdge>();

  nodes(card: Card, view: NodeView): CanvasNode[] {
    return card.flow.nodes.map((node) => {
      const selected = view.selected.has(node.id);
      const problem = view.problems.get(node.id);
      const key = `${selected}|${problem}|${view.lang}`;
      const dragged = view.dragging?.get(node.id);
      const cached = this.nodeCache.get(node);
      let value = cached?.key === key ? cached.value : undefined;
      if (!value) {
        const layout = cachedLayout(node);
        // Same data object when only the selection changed: the node component skips its render.
        const data: CanvasNodeData =
          cached && cached.value.data.problem === problem
            ? cached.value.data
            : { node, layout, problem };
        value = {
          id: node.id,
          type: 'card',
          position: node.position,
          data,
          width: layout.width,
          height: layout.height,
          measured: { width: layout.width, height: layout.height },
          handles: handlesFor(layout.width, layout.height),
          selected,
          ariaLabel: view.name(node),
        };
        this.nodeCache.set(node, { key, value });
      }
      return dragged ? { ...value, position: dragged } : value;
    });
  }

  edges(
    card: Card,
    selected: ReadonlySet<string>,
    dragging: ReadonlyMap<string, Position> | null,
    name: (edge: FlowEdge, nodesById: ReadonlyMap<string, FlowNode>) => string,
  ): CanvasEdge[] {
    const boxes = new Map<string, Box>();
    const byId = new Map<string, FlowNode>();
    for (const node of card.flow.nodes) {
      byId.set(node.id, node);
      const p = dragging?.get(node.id) ?? node.position;
      const { width, height } = cachedLayout(node);
      boxes.set(node.id, { x: p.x, y: p.y, w: width, h: height });
    }
    return card.flow.edges.map((edge) => {
      const a = boxes.get(edge.source);
      const b = boxes.get(edge.target);
      const [fallbackSource, fallbackTarget] = a && b ? pickSides(a, b) : ['bottom', 'top'];
      const sourceHandle = edge.sourceHandle ?? fallbackSource;
      const targetHandle = edge.targetHandle ?? fallbackTarget;
      const isSelected = selected.has(edge.id);
      const label = name(edge, byId);
      const key = `${sourceHandle}|${targetHandle}|${isSelected}|${label}`;
      const cached = this.edgeCache.get(edge);
      if (cached?.key === key) return cached.value;
      const value: CanvasEdge = {
        id: edge.id,
        type: 'card',
        source: edge.source,
        target: edge.target,
        sourceHandle,
        targetHandle,
        selected: isSelected,
        data: { edge },
        ariaLabel: label,
        markerEnd: {
          type: MarkerType.ArrowClosed,
          color: isSelected ? EDGE_SELECTED : EDGE,
          width: 16,
          height: 16,
        },
      };
      this.edgeCache.set(edge, { key, value });
      return value;
    });
  }
}
