// React Flow's setEdges rebuilds its whole connection lookup (three map entries
// per end of every arrow) whenever it is handed a new edges array: 9-29 ms at
// 1,000 arrows, on every undo or move that turns an arrow to another side of its
// box. When the new array holds the same arrows in the same places, this one
// updates only the arrows whose objects changed, leaving the lookup as a full
// rebuild would (tests/unit/incremental-edges.test.ts compares the two). It
// serves the canvas's setEdges (one-store-update.ts); any other change falls
// back to the full rebuild.
import { updateConnectionLookup, type ConnectionLookup, type EdgeLookup } from '@xyflow/system';
import type { Edge, HandleConnection } from '@xyflow/react';

interface Ends {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
}

function entries(edge: Ends): [string, string, HandleConnection][] {
  const { id, source, target, sourceHandle = null, targetHandle = null } = edge;
  const connection = { edgeId: id, source, target, sourceHandle, targetHandle };
  const sourceKey = `${source}-${sourceHandle}--${target}-${targetHandle}`;
  const targetKey = `${target}-${targetHandle}--${source}-${sourceHandle}`;
  const at = (node: string, type: string, handle: string | null) => [
    node,
    `${node}-${type}`,
    ...(handle ? [`${node}-${type}-${handle}`] : []),
  ];
  return [
    ...at(source, 'source', sourceHandle).map((k): [string, string, HandleConnection] => [
      k,
      targetKey,
      connection,
    ]),
    ...at(target, 'target', targetHandle).map((k): [string, string, HandleConnection] => [
      k,
      sourceKey,
      connection,
    ]),
  ];
}

/** Brings the lookups from `before` to `after`; a full rebuild unless only some arrows changed in place. */
export function updateEdgeLookups<E extends Ends>(
  connectionLookup: ConnectionLookup,
  edgeLookup: EdgeLookup,
  before: readonly E[],
  after: readonly E[],
): void {
  const inPlace =
    before.length === after.length && after.every((edge, i) => edge.id === before[i]!.id);
  // Arrows added at the end, the others the same objects (a large card's arrows in slices).
  const appended =
    !inPlace && before.length < after.length && before.every((edge, i) => edge === after[i]);
  const rebuild = () =>
    updateConnectionLookup(connectionLookup, edgeLookup, after as unknown as Edge[]);
  if (!inPlace && !appended) return rebuild();
  /** False when an entry is taken: two arrows between the same handles share it (the later one's). */
  const add = (edge: E): boolean => {
    for (const [key, connectionKey, connection] of entries(edge)) {
      const map = connectionLookup.get(key) ?? new Map<string, HandleConnection>();
      if (map.has(connectionKey)) return false;
      connectionLookup.set(key, map.set(connectionKey, connection));
    }
    edgeLookup.set(edge.id, edge as unknown as Edge);
    return true;
  };
  if (appended) {
    for (let i = before.length; i < after.length; i++) if (!add(after[i]!)) return rebuild();
    return;
  }
  for (let i = 0; i < after.length; i++) {
    const [old, now] = [before[i]!, after[i]!];
    if (old === now) continue;
    for (const [key, connectionKey] of entries(old)) {
      const map = connectionLookup.get(key);
      // Two arrows between the same handles share an entry (the later one's): rebuild then.
      if (map?.get(connectionKey)?.edgeId !== old.id) return rebuild();
      map.delete(connectionKey);
      if (map.size === 0) connectionLookup.delete(key);
    }
    if (!add(now)) return rebuild();
  }
}
