// The canvas's setNodes and setEdges (editor/canvas/one-store-update.ts): they
// adopt their change into React Flow's lookups at once and make one store
// update of both, when flushed or in a microtask; a queued fit view is left to
// React Flow's own setNodes.
import { describe, expect, it, vi } from 'vitest';
import { updateConnectionLookup, type ConnectionLookup, type EdgeLookup } from '@xyflow/system';
import type { Edge, Node, ReactFlowState } from '@xyflow/react';
import { flushHeld, heldSetters } from '../../editor/canvas/one-store-update';

const node = (id: string, x = 0): Node => ({
  id,
  position: { x, y: 0 },
  data: {},
  width: 100,
  height: 40,
});
const edge = (id: string, source: string, target: string, s = 'bottom'): Edge => ({
  id,
  source,
  target,
  sourceHandle: s,
  targetHandle: 'top',
});

/** A store with what the setters read, counting its updates. */
function fakeStore(fitViewQueued = false) {
  let state = {
    nodes: [] as Node[],
    edges: [] as Edge[],
    nodeLookup: new Map(),
    parentLookup: new Map(),
    connectionLookup: new Map() as ConnectionLookup,
    edgeLookup: new Map() as EdgeLookup,
    nodeOrigin: [0, 0],
    elevateNodesOnSelect: true,
    zIndexMode: 'basic',
    nodesSelectionActive: false,
    fitViewQueued,
  } as unknown as ReactFlowState;
  const updates: Partial<ReactFlowState>[] = [];
  const store = {
    getState: () => state,
    setState: (update: Partial<ReactFlowState>) => {
      updates.push(update);
      state = { ...state, ...update };
    },
    subscribe: () => () => {},
  };
  return { store, updates };
}

describe('one store update for nodes and edges', () => {
  it('adopts both at once and updates the store once, when flushed', () => {
    const { store, updates } = fakeStore();
    const original = vi.fn<(nodes: Node[]) => void>();
    const { setNodes, setEdges } = heldSetters(store, original);
    const nodes = [node('a'), node('b', 200)];
    const edges = [edge('e', 'a', 'b')];
    setNodes(nodes);
    setEdges(edges);
    // Adopted: React Flow's lookups hold them before any update.
    expect(store.getState().nodeLookup.get('b')?.internals.positionAbsolute).toEqual({
      x: 200,
      y: 0,
    });
    expect(store.getState().edgeLookup.get('e')).toBe(edges[0]);
    expect(updates).toEqual([]);
    flushHeld(store);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ nodes, edges });
    flushHeld(store);
    expect(updates).toHaveLength(1);
    expect(original).not.toHaveBeenCalled();
  });

  it('updates the store in a microtask when nothing flushes it', async () => {
    const { store, updates } = fakeStore();
    const { setNodes } = heldSetters(store, vi.fn<(nodes: Node[]) => void>());
    setNodes([node('a')]);
    expect(updates).toHaveLength(0);
    await Promise.resolve();
    expect(updates).toHaveLength(1);
  });

  it('keeps the connection lookup right over two edge changes held together', () => {
    const { store } = fakeStore();
    const { setNodes, setEdges } = heldSetters(store, vi.fn<(nodes: Node[]) => void>());
    setNodes([node('a'), node('b'), node('c')]);
    setEdges([edge('e', 'a', 'b'), edge('f', 'b', 'c')]);
    setEdges([edge('e', 'a', 'b', 'right'), edge('f', 'b', 'c')]);
    flushHeld(store);
    const want: ConnectionLookup = new Map();
    updateConnectionLookup(want, new Map(), store.getState().edges);
    const got = store.getState().connectionLookup;
    const plain = (m: ConnectionLookup) =>
      [...m].filter(([, v]) => v.size).map(([k, v]) => [k, [...v.keys()].sort()]);
    expect(plain(got).sort()).toEqual(plain(want).sort());
  });

  it('leaves a queued fit view to React Flow’s own setNodes', () => {
    const { store, updates } = fakeStore(true);
    const original = vi.fn<(nodes: Node[]) => void>();
    const { setNodes, setEdges } = heldSetters(store, original);
    setEdges([]);
    const nodes = [node('a')];
    setNodes(nodes);
    expect(updates).toHaveLength(1); // the held edges, before React Flow's own update
    expect(original).toHaveBeenCalledWith(nodes);
  });

  it('adopts only the nodes that changed, and every node when the list changed otherwise', () => {
    const { store } = fakeStore();
    const { setNodes } = heldSetters(store, vi.fn<(nodes: Node[]) => void>());
    const measured = (id: string, x = 0) => ({
      ...node(id, x),
      measured: { width: 100, height: 40 },
    });
    setNodes(['a', 'b', 'c', 'd', 'e'].map((id) => measured(id)));
    flushHeld(store);
    expect(store.getState().nodesInitialized).toBe(true);
    const lookup = store.getState().nodeLookup;
    const cleared = vi.spyOn(lookup, 'clear');
    const [a, , c] = [...lookup.values()];
    const nodes = store.getState().nodes.map((n) => (n.id === 'b' ? measured('b', 300) : n));
    setNodes(nodes);
    flushHeld(store);
    expect(cleared).not.toHaveBeenCalled();
    expect(lookup.get('b')?.internals.positionAbsolute).toEqual({ x: 300, y: 0 });
    expect(lookup.get('b')?.internals.userNode).toBe(nodes[1]);
    expect(lookup.get('a')).toBe(a);
    expect([...lookup.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(store.getState().nodesInitialized).toBe(true);
    // Reordered: React Flow's own adoption of them all, the same nodes kept.
    setNodes([...nodes].reverse());
    flushHeld(store);
    expect(cleared).toHaveBeenCalledTimes(1);
    expect(lookup.get('c')).toBe(c);
    expect([...lookup.keys()]).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
});
