// What the comparison marks on the chart: for every node and arrow, whether it
// was added, removed, changed or only moved, and the flow to draw, which is
// the newer flow plus the nodes and arrows the older one had (shown ghosted).
import type { Change } from '../../schema/diff';
import type { Card, FlowEdge, FlowNode } from '../../schema/types';

export type Mark = 'added' | 'removed' | 'changed' | 'moved';

export interface CompareMarks {
  nodes: ReadonlyMap<string, Mark>;
  edges: ReadonlyMap<string, Mark>;
}

/** A content change outranks a move: a node both reworded and moved is "changed". */
const RANK: Record<Mark, number> = { moved: 0, changed: 1, added: 2, removed: 2 };

function markOf(change: Change): { item: 'nodes' | 'edges'; mark: Mark } | null {
  const [item, what] = change.kind.split('-') as [string, string];
  if (item !== 'node' && item !== 'edge') return null;
  const mark: Mark = what === 'added' || what === 'removed' || what === 'changed' ? what : 'moved';
  return { item: item === 'node' ? 'nodes' : 'edges', mark };
}

export function compareMarks(changes: readonly Change[]): CompareMarks {
  const marks = { nodes: new Map<string, Mark>(), edges: new Map<string, Mark>() };
  for (const change of changes) {
    const found = markOf(change);
    const id = change.ids[0];
    if (!found || id === undefined) continue;
    const map = marks[found.item];
    const before = map.get(id);
    if (!before || RANK[found.mark] > RANK[before]) map.set(id, found.mark);
  }
  return marks;
}

/** The newer flow with what the older one had and the newer lost, to draw both. */
export function mergedFlow(older: Card, newer: Card): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const nodeIds = new Set(newer.flow.nodes.map((n) => n.id));
  const edgeIds = new Set(newer.flow.edges.map((e) => e.id));
  return {
    nodes: [...newer.flow.nodes, ...older.flow.nodes.filter((n) => !nodeIds.has(n.id))],
    edges: [...newer.flow.edges, ...older.flow.edges.filter((e) => !edgeIds.has(e.id))],
  };
}
