// Auto-layout that arranges a flow the way the printed card does: the trunk
// (START to the assessment) on top, the scenario columns side by side below it
// from calm (left) to alarming (right), each scenario's chain of steps stacked
// under its heading, what follows the columns (the end band) below them, and the
// annotations (note left, TIP right) beside the trunk, out of the way.
// Dagre lays out each part top-down; the parts are then placed like the card.
// Pure: no React, no store; sizes come from layoutNode like everywhere else.
import dagre from '@dagrejs/dagre';
import { layoutNode } from '../../schema/layout/measure';
import { ANNOTATION_KINDS, type Card, type FlowNode, type Position } from '../../schema/types';

const GAP_X = 30;
const GAP_Y = 40;

interface Sized {
  node: FlowNode;
  width: number;
  height: number;
}

/** Positions of a part, relative to its own top-left corner. */
interface Block {
  width: number;
  height: number;
  at: Map<string, Position>;
}

const EMPTY: Block = { width: 0, height: 0, at: new Map() };

/** Dagre, top-down, on some nodes and the forward arrows between them. */
function dagreBlock(part: Sized[], edges: [string, string][]): Block {
  if (part.length === 0) return EMPTY;
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: GAP_X, ranksep: GAP_Y, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(part.map((s) => s.node.id));
  for (const s of part) g.setNode(s.node.id, { width: s.width, height: s.height });
  for (const [a, b] of edges) if (ids.has(a) && ids.has(b) && a !== b) g.setEdge(a, b);
  dagre.layout(g);
  const at = new Map<string, Position>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const s of part) {
    const c = g.node(s.node.id);
    const x = (c.x ?? 0) - s.width / 2;
    const y = (c.y ?? 0) - s.height / 2;
    at.set(s.node.id, { x, y });
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + s.width);
    maxY = Math.max(maxY, y + s.height);
  }
  for (const [id, p] of at) at.set(id, { x: p.x - minX, y: p.y - minY });
  return { width: maxX - minX, height: maxY - minY, at };
}

/** Stacks blocks left to right (row) or top to bottom, with gaps; nothing overlaps. */
function stack(blocks: Block[], direction: 'row' | 'column'): Block {
  const at = new Map<string, Position>();
  let offset = 0;
  let cross = 0;
  for (const block of blocks) {
    if (block.at.size === 0) continue;
    for (const [id, p] of block.at)
      at.set(id, direction === 'row' ? { x: p.x + offset, y: p.y } : { x: p.x, y: p.y + offset });
    offset += (direction === 'row' ? block.width : block.height) + GAP_X;
    cross = Math.max(cross, direction === 'row' ? block.height : block.width);
  }
  const length = Math.max(0, offset - GAP_X);
  return direction === 'row'
    ? { width: length, height: cross, at }
    : { width: cross, height: length, at };
}

function place(target: Map<string, Position>, block: Block, x: number, y: number): void {
  for (const [id, p] of block.at) target.set(id, { x: p.x + x, y: p.y + y });
}

/** Which nodes each scenario's column holds: the scenario and the steps only it leads to. */
function scenarioColumns(nodes: Sized[], next: Map<string, string[]>): Sized[][] {
  const byId = new Map(nodes.map((s) => [s.node.id, s]));
  const scenarios = nodes
    .filter((s) => s.node.kind === 'scenario')
    .sort(
      (a, b) =>
        (a.node.severity ?? 3) - (b.node.severity ?? 3) || a.node.position.x - b.node.position.x,
    );
  // Nodes that several scenarios lead to (the end band) belong to no column.
  const reachedBy = new Map<string, Set<string>>();
  for (const scenario of scenarios) {
    const seen = new Set<string>([scenario.node.id]);
    const queue = [scenario.node.id];
    while (queue.length > 0) {
      for (const id of next.get(queue.pop()!) ?? []) {
        const kind = byId.get(id)?.node.kind;
        if (seen.has(id) || !kind || kind === 'scenario' || kind === 'start' || kind === 'end')
          continue;
        seen.add(id);
        queue.push(id);
        reachedBy.set(id, (reachedBy.get(id) ?? new Set()).add(scenario.node.id));
      }
    }
  }
  return scenarios.map((scenario) => [
    scenario,
    ...nodes.filter((s) => {
      const by = reachedBy.get(s.node.id);
      return by?.size === 1 && by.has(scenario.node.id);
    }),
  ]);
}

/** New top-left positions for the given nodes (all of the card's nodes by default). */
export function autoLayout(card: Card, only?: ReadonlySet<string>): Record<string, Position> {
  const all: Sized[] = card.flow.nodes
    .filter((n) => !only || only.has(n.id))
    .map((node) => ({ node, ...layoutNode(node) }));
  if (all.length === 0) return {};
  const ids = new Set(all.map((s) => s.node.id));
  // Return arrows point back up the chart; they take no part in ranking.
  const edges: [string, string][] = card.flow.edges
    .filter((e) => e.kind !== 'return' && ids.has(e.source) && ids.has(e.target))
    .map((e) => [e.source, e.target]);
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);

  const annotations = all.filter((s) => ANNOTATION_KINDS.has(s.node.kind));
  const flow = all.filter((s) => !ANNOTATION_KINDS.has(s.node.kind));
  const columns = scenarioColumns(flow, next);
  const inColumn = new Set(columns.flat().map((s) => s.node.id));

  // The trunk: what leads to a scenario. The rest (the end band) goes below.
  const leadsToColumn = new Set<string>();
  let grew = columns.length > 0;
  while (grew) {
    grew = false;
    for (const s of flow) {
      const id = s.node.id;
      if (inColumn.has(id) || leadsToColumn.has(id)) continue;
      if ((next.get(id) ?? []).some((t) => inColumn.has(t) || leadsToColumn.has(t))) {
        leadsToColumn.add(id);
        grew = true;
      }
    }
  }
  const trunkNodes = flow.filter(
    (s) => !inColumn.has(s.node.id) && (columns.length === 0 || leadsToColumn.has(s.node.id)),
  );
  const restNodes = flow.filter((s) => !inColumn.has(s.node.id) && !trunkNodes.includes(s));

  const trunk = dagreBlock(trunkNodes, edges);
  const columnsBlock = stack(
    columns.map((column) => dagreBlock(column, edges)),
    'row',
  );
  const rest = dagreBlock(restNodes, edges);
  const notes = stack(
    annotations.filter((s) => s.node.kind === 'note').map((s) => dagreBlock([s], [])),
    'column',
  );
  const tips = stack(
    annotations.filter((s) => s.node.kind !== 'note').map((s) => dagreBlock([s], [])),
    'column',
  );

  // Everything is centred on the widest part; the trunk row carries the annotations.
  const gapAfter = (b: Block) => (b.at.size > 0 ? b.width + GAP_X : 0);
  const topRowWidth = gapAfter(notes) + trunk.width + (tips.at.size > 0 ? GAP_X + tips.width : 0);
  const width = Math.max(topRowWidth, columnsBlock.width, rest.width);
  const centre = width / 2;
  const at = new Map<string, Position>();
  const trunkX = Math.max(gapAfter(notes), centre - trunk.width / 2);
  place(at, trunk, trunkX, 0);
  place(at, notes, trunkX - gapAfter(notes), 0);
  place(at, tips, trunkX + trunk.width + GAP_X, 0);
  const topHeight = Math.max(trunk.height, notes.height, tips.height);
  let y = topHeight > 0 ? topHeight + GAP_Y : 0;
  place(at, columnsBlock, centre - columnsBlock.width / 2, y);
  if (columnsBlock.at.size > 0) y += columnsBlock.height + GAP_Y;
  place(at, rest, centre - rest.width / 2, y);

  // Keep the laid-out part where it was: its top-left stays the old top-left.
  const origin = {
    x: Math.min(...all.map((s) => s.node.position.x)),
    y: Math.min(...all.map((s) => s.node.position.y)),
  };
  const minX = Math.min(...[...at.values()].map((p) => p.x));
  const result: Record<string, Position> = {};
  for (const [id, p] of at)
    result[id] = {
      x: Math.round(p.x - minX + (only ? origin.x : 0)),
      y: Math.round(p.y + (only ? origin.y : 0)),
    };
  return result;
}
