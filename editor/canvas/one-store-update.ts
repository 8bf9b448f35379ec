// React Flow's StoreUpdater hands its store the new nodes, then the new edges:
// two store updates, each of which runs the selector of every mounted node and
// edge. An undo that moves a node and re-routes its arrows ran them all twice
// (at 1,000 nodes, ~2 ms of the ~11 from the key to the node moved). The
// canvas's setNodes and setEdges adopt their change at once, as React Flow's
// do (its lookups, incremental-edges.ts for the arrows), and hold the store
// update; <OneStoreUpdate/>, a child of <ReactFlow> whose effect follows
// StoreUpdater's in the same commit, makes it one. A microtask makes it in
// case nothing else does (a setNodes from outside that commit). A change of a
// few nodes adopts only those (adoptChanged).
import { adoptUserNodes } from '@xyflow/system';
import { useEffect, useLayoutEffect } from 'react';
import { useStoreApi, type Edge, type Node, type ReactFlowState } from '@xyflow/react';
import { updateEdgeLookups } from './incremental-edges';

/** What of React Flow's store API this uses (useStoreApi() gives it). */
interface Store {
  getState: () => ReactFlowState;
  setState: (update: Partial<ReactFlowState>) => void;
}
type Held = Partial<
  Pick<ReactFlowState, 'nodes' | 'nodesInitialized' | 'nodesSelectionActive' | 'edges'>
>;

/**
 * The held update of each store, by its getState: useStoreApi() hands each caller its own
 * wrapper object around the one store.
 */
const held = new WeakMap<Store['getState'], Held>();

/** The held update, made now (nothing when none is held). */
export function flushHeld(store: Store): void {
  const update = held.get(store.getState);
  if (!update) return;
  held.delete(store.getState);
  store.setState(update);
}

function hold(store: Store, update: Held): void {
  const before = held.get(store.getState);
  held.set(store.getState, { ...before, ...update });
  if (!before) queueMicrotask(() => flushHeld(store));
}

type Adopted = ReturnType<typeof adoptUserNodes>;

const adoptOptions = (state: ReactFlowState) => ({
  nodeOrigin: state.nodeOrigin,
  nodeExtent: state.nodeExtent,
  elevateNodesOnSelect: state.elevateNodesOnSelect,
  checkEquality: true,
  zIndexMode: state.zIndexMode,
});

/** React Flow's own adoption: its node lookup copied, emptied and filled again with every node. */
const adoptAll = (nodes: Node[], state: ReactFlowState): Adopted =>
  adoptUserNodes(nodes, state.nodeLookup, state.parentLookup, adoptOptions(state));

/** Beyond this share of the nodes changed, adopting them all is as quick. */
const FEW = 1 / 4;

/**
 * Adopting every node copies and refills React Flow's node lookup: at 5,000
 * nodes ~2.5 ms of an undo's ~9 from the key to the node moved. When the list
 * keeps its nodes in their places and only a few are new objects (a move, an
 * edit, an undo of either), those few are adopted by the same function, in a
 * lookup of their own, and put in place in React Flow's; null otherwise (a
 * node added, removed or reordered, nodes in groups, nodes not yet measured).
 */
function adoptChanged(before: Node[], nodes: Node[], state: ReactFlowState): Adopted | null {
  if (before.length !== nodes.length || !state.nodesInitialized) return null;
  const changed: Node[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const was = before[i]!;
    const node = nodes[i]!;
    if (was === node) continue;
    if (was.id !== node.id || was.parentId || node.parentId) return null;
    if (!state.nodeLookup.has(node.id)) return null;
    changed.push(node);
  }
  if (changed.length > nodes.length * FEW) return null;
  // The nodes as React Flow holds them now: their measured handles carry over.
  const lookup = new Map(changed.map((n) => [n.id, state.nodeLookup.get(n.id)!]));
  const { nodesInitialized } = adoptUserNodes(changed, lookup, new Map(), adoptOptions(state));
  for (const [id, internal] of lookup) state.nodeLookup.set(id, internal);
  return {
    nodesInitialized: nodesInitialized || changed.length === 0,
    hasSelectedNodes: nodes.some((n) => n.selected === true),
  };
}

/** setNodes and setEdges for the store, holding their update (see the top of this file). */
export function heldSetters(store: Store, setNodes: ReactFlowState['setNodes']) {
  return {
    setNodes: (nodes: Node[]) => {
      const state = store.getState();
      // A fit asked for before the nodes were measured is React Flow's to resolve.
      if (state.fitViewQueued) {
        flushHeld(store);
        return setNodes(nodes);
      }
      const before = held.get(store.getState)?.nodes ?? state.nodes;
      const adopted = adoptChanged(before, nodes, state) ?? adoptAll(nodes, state);
      hold(store, {
        nodes,
        nodesInitialized: adopted.nodesInitialized,
        nodesSelectionActive: state.nodesSelectionActive && adopted.hasSelectedNodes,
      });
    },
    setEdges: (edges: Edge[]) => {
      const { edges: before, connectionLookup, edgeLookup } = store.getState();
      updateEdgeLookups(
        connectionLookup,
        edgeLookup,
        held.get(store.getState)?.edges ?? before,
        edges,
      );
      hold(store, { edges });
    },
  };
}

/** Installs the held setters before React Flow first hands its store nodes (a passive effect). */
export function useHeldSetters(): void {
  const store = useStoreApi();
  useLayoutEffect(() => {
    const { setNodes, setEdges } = store.getState();
    store.setState(heldSetters(store, setNodes));
    return () => store.setState({ setNodes, setEdges });
  }, [store]);
}

/** Rendered inside <ReactFlow>, after its StoreUpdater: makes the held update one. */
export function OneStoreUpdate(): null {
  const store = useStoreApi();
  useEffect(() => flushHeld(store));
  return null;
}
