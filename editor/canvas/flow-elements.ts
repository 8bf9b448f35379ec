// React Flow's nodes and edges, derived from the card. The card is the truth;
// these objects are a view of it, built here one at a time and cached per
// card-node identity (Immer keeps unchanged nodes identical), so after an edit
// only the changed nodes get new objects and React Flow re-renders only those.
// The studio's canvas keeps them up to date per change (live-elements.ts); the
// compare chart builds them once (FlowElements below).
import type { Edge, Node, NodeHandle } from '@xyflow/react';
import { Position as HandlePosition } from '@xyflow/react';
import { layoutNode, type NodeLayout } from '../../schema/layout/measure';
import { pickSides, type Box } from '../../schema/layout/sides';
import { routeFits } from '../../schema/layout/edge-geometry';
import type { Lang, ProblemSeverity } from '../../schema/problems';
import type { Card, EdgeRoute, FlowEdge, FlowNode, Position, Side } from '../../schema/types';
import { ARROW, ARROW_SELECTED } from './arrow-markers';

export interface CanvasNodeData extends Record<string, unknown> {
  node: FlowNode;
  layout: NodeLayout;
  problem: ProblemSeverity | undefined;
  /** The UI language the node's words (the severity badge) are in. */
  lang: Lang;
}
/**
 * What an arrow's view draws. Built in one place (`buildEdge`) from the card's
 * edge, so a field added here (a stored route, say) is part of the edge object
 * that changes identity with the card's edge, and memoisation keeps working.
 */
export interface CanvasEdgeData extends Record<string, unknown> {
  edge: FlowEdge;
  /** The stored route, when it still meets both boxes (not while one of them is dragged). */
  route: EdgeRoute | undefined;
}
export type CanvasNode = Node<CanvasNodeData, 'card'>;
export type CanvasEdge = Edge<CanvasEdgeData, 'card'>;

export const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];
const HANDLE_SIZE = 14;
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

const handleSets = new Map<string, NodeHandle[]>();
/**
 * Where the handles sit, given up front: edges can then be drawn to nodes that
 * are off screen (and so not rendered) without waiting for the DOM. Shared by
 * every node of the same size.
 */
function handlesFor(width: number, height: number): NodeHandle[] {
  const key = `${width}x${height}`;
  const known = handleSets.get(key);
  if (known) return known;
  const h = HANDLE_SIZE;
  // Inside the box, against its side (canvas.css): an arrow then starts on the outline, and
  // the handle never covers the end of a short arrow that one grabs to reconnect it.
  const at: Record<Side, [number, number]> = {
    top: [width / 2 - h / 2, 0],
    right: [width - h, height / 2 - h / 2],
    bottom: [width / 2 - h / 2, height - h],
    left: [0, height / 2 - h / 2],
  };
  const handles = SIDES.map((side) => ({
    id: side,
    type: 'source' as const,
    position: SIDE_POSITION[side],
    x: at[side][0],
    y: at[side][1],
    width: h,
    height: h,
  }));
  handleSets.set(key, handles);
  return handles;
}

export interface NodeState {
  selected: boolean;
  problem: ProblemSeverity | undefined;
  lang: Lang;
  /** The accessible name, in the UI language. */
  name: (node: FlowNode, problem: ProblemSeverity | undefined) => string;
}

/** A canvas node; `previous` (the node's last canvas object) keeps its data when only the selection changed. */
export function buildNode(node: FlowNode, state: NodeState, previous?: CanvasNode): CanvasNode {
  const layout = cachedLayout(node);
  const keep =
    previous?.data.node === node &&
    previous.data.problem === state.problem &&
    previous.data.lang === state.lang;
  const data: CanvasNodeData = keep
    ? previous.data
    : { node, layout, problem: state.problem, lang: state.lang };
  return {
    id: node.id,
    type: 'card',
    position: node.position,
    data,
    width: layout.width,
    height: layout.height,
    measured: { width: layout.width, height: layout.height },
    handles: handlesFor(layout.width, layout.height),
    selected: state.selected,
    ariaLabel: keep && previous.ariaLabel ? previous.ariaLabel : state.name(node, state.problem),
  };
}

/**
 * The canvas node for a card node from a cache keyed by the card node (so an
 * unchanged node keeps its object), built again when its view changed; a node
 * being dragged shows the position the drag holds.
 */
export function cachedNode(
  cache: WeakMap<FlowNode, CanvasNode>,
  node: FlowNode,
  state: NodeState,
  dragged: Position | undefined,
): CanvasNode {
  const cached = cache.get(node);
  let value = cached;
  if (
    !value ||
    value.selected !== state.selected ||
    value.data.problem !== state.problem ||
    value.data.lang !== state.lang
  ) {
    value = buildNode(node, state, cached);
    cache.set(node, value);
  }
  return dragged ? { ...value, position: dragged } : value;
}

export function nodeBox(node: FlowNode, at: Position = node.position): Box {
  const { width, height } = cachedLayout(node);
  return { x: at.x, y: at.y, w: width, h: height };
}

/** A canvas edge between two boxes (either missing when the edge is dangling). */
export function buildEdge(
  edge: FlowEdge,
  from: Box | undefined,
  to: Box | undefined,
  selected: boolean,
  label: string,
): CanvasEdge {
  const [fallbackSource, fallbackTarget] = from && to ? pickSides(from, to) : ['bottom', 'top'];
  const route = from && to && routeFits(edge.route, from, to) ? edge.route : undefined;
  return {
    id: edge.id,
    type: 'card',
    source: edge.source,
    target: edge.target,
    sourceHandle: edge.sourceHandle ?? fallbackSource,
    targetHandle: edge.targetHandle ?? fallbackTarget,
    selected,
    data: { edge, route },
    ariaLabel: label,
    // Ids of markers defined once for the page (arrow-markers.tsx).
    markerEnd: selected ? ARROW_SELECTED : ARROW,
  };
}

/** Whether two canvas edges are the same to React Flow (ends, sides, selection, name). */
export const sameEdgeShape = (a: CanvasEdge, b: CanvasEdge): boolean =>
  a.source === b.source &&
  a.target === b.target &&
  a.sourceHandle === b.sourceHandle &&
  a.targetHandle === b.targetHandle &&
  a.selected === b.selected &&
  a.ariaLabel === b.ariaLabel;

/** Whether two canvas edges draw the same: the one shown can then stay. */
export const sameEdge = (a: CanvasEdge, b: CanvasEdge): boolean =>
  a.data?.edge === b.data?.edge && a.data?.route === b.data?.route && sameEdgeShape(a, b);

export interface NodeView {
  selected: ReadonlySet<string>;
  problems: ReadonlyMap<string, ProblemSeverity>;
  /** Positions held by the canvas during a drag, before they become one step. */
  dragging: ReadonlyMap<string, Position> | null;
  /** The node's accessible name, in the UI language. */
  name: (node: FlowNode) => string;
  lang: Lang;
}

/** Nodes and edges of a whole card at once, for a canvas that does not follow edits (compare). */
export class FlowElements {
  private nodeCache = new WeakMap<FlowNode, CanvasNode>();
  private edgeCache = new WeakMap<FlowEdge, CanvasEdge>();

  nodes(card: Card, view: NodeView): CanvasNode[] {
    return card.flow.nodes.map((node) =>
      cachedNode(
        this.nodeCache,
        node,
        {
          selected: view.selected.has(node.id),
          problem: view.problems.get(node.id),
          lang: view.lang,
          name: view.name,
        },
        view.dragging?.get(node.id),
      ),
    );
  }

  edges(
    card: Card,
    selected: ReadonlySet<string>,
    dragging: ReadonlyMap<string, Position> | null,
    name: (edge: FlowEdge, nodesById: ReadonlyMap<string, FlowNode>) => string,
  ): CanvasEdge[] {
    const byId = new Map(card.flow.nodes.map((n) => [n.id, n]));
    const box = (id: string) => {
      const node = byId.get(id);
      return node && nodeBox(node, dragging?.get(id));
    };
    return card.flow.edges.map((edge) => {
      const value = buildEdge(
        edge,
        box(edge.source),
        box(edge.target),
        selected.has(edge.id),
        name(edge, byId),
      );
      const cached = this.edgeCache.get(edge);
      if (cached && sameEdge(cached, value)) return cached;
      this.edgeCache.set(edge, value);
      return value;
    });
  }
}
