// The studio canvas's nodes and edges, kept up to date change by change. A
// command's Immer patches say which nodes and edges it touched; the selection,
// the problem marks and a drag in progress say the rest. Only those get new
// objects, and the arrays keep their identity when nothing in them changed,
// so React Flow adopts nothing it already has (a new edges array makes it
// rebuild its connection lookup) and re-renders only the changed elements.
// Anything the patches cannot place (nodes added or removed, an arrow
// reconnected, a card loaded) takes one pass over the card that still reuses
// every object whose card node is unchanged. What an arrow draws (its card edge
// and route) is kept apart, in EdgeViews: re-routing keeps React Flow's edges.
import type { Patch } from 'immer';
import type { Lang, ProblemSeverity } from '../../schema/problems';
import type { Card, FlowEdge, FlowNode, Position } from '../../schema/types';
import { edgeName, nodeName } from './canvas-texts';
import { EdgeViews } from './edge-views';
import {
  buildEdge,
  cachedNode,
  nodeBox,
  sameEdgeShape,
  type CanvasEdge,
  type CanvasNode,
} from './flow-elements';

export interface LiveView {
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  problems: ReadonlyMap<string, ProblemSeverity>;
  /** Positions held by the canvas during a drag, before they become one step. */
  dragging: ReadonlyMap<string, Position> | null;
  lang: Lang;
}

/** What the canvas needs of the document: the card, its revision and the patches that made it. */
export interface LiveDocument {
  card: Card;
  revision: number;
  patches: readonly Patch[];
  lastChange: string;
}

/** The ids of the nodes and edges the patches changed in place, or null when they added, removed or rewired. */
export function touchedBy(
  patches: readonly Patch[],
  card: Card,
): { nodes: string[]; edges: string[] } | null {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const { path } of patches) {
    if (path.length === 0) return null;
    if (path[0] !== 'flow') continue;
    const [, list, index, field] = path;
    if (list !== 'nodes' && list !== 'edges') return null;
    if (typeof index !== 'number' || field === undefined || field === 'id') return null;
    if (list === 'edges' && (field === 'source' || field === 'target')) return null;
    const item = card.flow[list][index];
    if (!item) return null;
    (list === 'nodes' ? nodes : edges).push(item.id);
  }
  return { nodes, edges };
}

/** The ids whose membership differs between two sets. */
function setDifference(a: ReadonlySet<string>, b: ReadonlySet<string>, into: Set<string>): void {
  if (a === b) return;
  for (const id of a) if (!b.has(id)) into.add(id);
  for (const id of b) if (!a.has(id)) into.add(id);
}

/** The keys whose values differ between two maps. */
function mapDifference<V>(
  a: ReadonlyMap<string, V> | null,
  b: ReadonlyMap<string, V> | null,
  same: (x: V | undefined, y: V | undefined) => boolean,
  into: Set<string>,
): void {
  if (a === b) return;
  for (const [id, v] of a ?? []) if (!same(v, b?.get(id))) into.add(id);
  for (const [id, v] of b ?? []) if (!same(a?.get(id), v)) into.add(id);
}

const samePosition = (a: Position | undefined, b: Position | undefined) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y);

interface EdgeLabel {
  source: FlowNode | undefined;
  target: FlowNode | undefined;
  lang: string;
  text: string;
}

export class LiveFlowElements {
  nodes: CanvasNode[] = [];
  edges: CanvasEdge[] = [];
  /** What each arrow draws; FlowCanvas tells the arrows after each render that changed it. */
  readonly views = new EdgeViews();
  private card: Card | null = null;
  private revision = -1;
  private view: LiveView | null = null;
  private nodeAt = new Map<string, number>();
  private edgeAt = new Map<string, number>();
  private byId = new Map<string, FlowNode>();
  /** Node id → the ids of the edges that start or end there. */
  private edgesOf = new Map<string, string[]>();
  private nodeCache = new WeakMap<FlowNode, CanvasNode>();
  /** Edge id → its React Flow edge, kept while its ends, sides, selection and name stay. */
  private shapes = new Map<string, CanvasEdge>();
  private labels = new WeakMap<FlowEdge, EdgeLabel>();

  update(doc: LiveDocument, view: LiveView): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
    const previous = this.view;
    const sameCard = doc.card === this.card;
    const touched =
      !previous || previous.lang !== view.lang || sameCard
        ? null
        : doc.revision === this.revision + 1 &&
            doc.lastChange !== 'load' &&
            doc.lastChange !== 'external' &&
            doc.patches.length > 0
          ? touchedBy(doc.patches, doc.card)
          : null;
    this.revision = doc.revision;
    this.view = view;
    if (!previous || previous.lang !== view.lang || (!sameCard && !touched)) {
      this.rebuild(doc.card, view);
      return { nodes: this.nodes, edges: this.edges };
    }
    const dirtyNodes = new Set<string>(touched?.nodes);
    const dirtyEdges = new Set<string>(touched?.edges);
    if (touched) {
      this.card = doc.card;
      for (const id of touched.nodes) this.byId.set(id, doc.card.flow.nodes[this.nodeAt.get(id)!]!);
    }
    setDifference(previous.selectedNodes, view.selectedNodes, dirtyNodes);
    setDifference(previous.selectedEdges, view.selectedEdges, dirtyEdges);
    mapDifference(previous.problems, view.problems, (a, b) => a === b, dirtyNodes);
    mapDifference(previous.dragging, view.dragging, samePosition, dirtyNodes);
    this.refresh(dirtyNodes, dirtyEdges, view);
    return { nodes: this.nodes, edges: this.edges };
  }

  private nodeFor(node: FlowNode, view: LiveView): CanvasNode {
    const state = {
      selected: view.selectedNodes.has(node.id),
      problem: view.problems.get(node.id),
      lang: view.lang,
      name: (n: FlowNode, p: ProblemSeverity | undefined) => nodeName(n, view.lang, p),
    };
    return cachedNode(this.nodeCache, node, state, view.dragging?.get(node.id));
  }

  private labelFor(edge: FlowEdge, lang: Lang): string {
    const source = this.byId.get(edge.source);
    const target = this.byId.get(edge.target);
    const known = this.labels.get(edge);
    if (known && known.source === source && known.target === target && known.lang === lang)
      return known.text;
    const text = edgeName(edge, this.byId, lang);
    this.labels.set(edge, { source, target, lang, text });
    return text;
  }

  private edgeFor(edge: FlowEdge, view: LiveView): CanvasEdge {
    const box = (id: string) => {
      const node = this.byId.get(id);
      return node && nodeBox(node, view.dragging?.get(id));
    };
    const value = buildEdge(
      edge,
      box(edge.source),
      box(edge.target),
      view.selectedEdges.has(edge.id),
      this.labelFor(edge, view.lang),
    );
    this.views.set(edge.id, value.data!);
    const shown = this.shapes.get(edge.id);
    if (shown && sameEdgeShape(shown, value)) return shown;
    this.shapes.set(edge.id, value);
    return value;
  }

  /** One pass over the card, reusing every object whose card node or edge is unchanged. */
  private rebuild(card: Card, view: LiveView): void {
    this.card = card;
    this.nodeAt.clear();
    this.edgeAt.clear();
    this.byId.clear();
    this.edgesOf.clear();
    card.flow.nodes.forEach((node, i) => {
      this.nodeAt.set(node.id, i);
      this.byId.set(node.id, node);
    });
    card.flow.edges.forEach((edge, i) => {
      this.edgeAt.set(edge.id, i);
      for (const end of new Set([edge.source, edge.target]))
        this.edgesOf.set(end, [...(this.edgesOf.get(end) ?? []), edge.id]);
    });
    this.nodes = keepIfSame(
      this.nodes,
      card.flow.nodes.map((node) => this.nodeFor(node, view)),
    );
    this.edges = keepIfSame(
      this.edges,
      card.flow.edges.map((edge) => this.edgeFor(edge, view)),
    );
    const ids = new Set(this.edgeAt.keys());
    this.views.keepOnly(ids);
    for (const id of this.shapes.keys()) if (!ids.has(id)) this.shapes.delete(id);
  }

  /** New objects for the named nodes and edges (and the edges of those nodes), copying an array only when one of its objects changed. */
  private refresh(dirtyNodes: Set<string>, dirtyEdges: Set<string>, view: LiveView): void {
    const card = this.card!;
    let nodes = this.nodes;
    for (const id of dirtyNodes) {
      const i = this.nodeAt.get(id);
      if (i === undefined) continue;
      for (const edgeId of this.edgesOf.get(id) ?? []) dirtyEdges.add(edgeId);
      const value = this.nodeFor(card.flow.nodes[i]!, view);
      if (value === nodes[i]) continue;
      if (nodes === this.nodes) nodes = nodes.slice();
      nodes[i] = value;
    }
    let edges = this.edges;
    for (const id of dirtyEdges) {
      const i = this.edgeAt.get(id);
      if (i === undefined) continue;
      const value = this.edgeFor(card.flow.edges[i]!, view);
      if (value === edges[i]) continue;
      if (edges === this.edges) edges = edges.slice();
      edges[i] = value;
    }
    this.nodes = nodes;
    this.edges = edges;
  }
}

function keepIfSame<T>(before: T[], after: T[]): T[] {
  return before.length === after.length && after.every((x, i) => x === before[i]) ? before : after;
}
