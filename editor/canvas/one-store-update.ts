// React Flow's StoreUpdater hands its store the new nodes, then the new edges:
// two store updates, each of which runs the selector of every mounted node and
// edge. An undo that moves a node and re-routes its arrows ran them all twice
// (at 1,000 nodes, ~2 ms of the ~11 from the key to the node moved). The
// canvas's setNodes and setEdges adopt their change at once, as React Flow's
// do (its lookups, incremental-edges.ts for the arrows), and hold the store
// update; <OneStoreUpdate/>, a child of <ReactFlow> whose effect follows
// StoreUpdater's in the same commit, makes it one. A microtask makes it in
// case nothing else does (a setNodes from outside that commit).
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
      const { nodeLookup, parentLookup, nodeOrigin, nodeExtent, elevateNodesOnSelect } = state;
      const { nodesInitialized, hasSelectedNodes } = adoptUserNodes(
        nodes,
        nodeLookup,
        parentLookup,
        {
          nodeOrigin,
          nodeExtent,
          elevateNodesOnSelect,
          checkEquality: true,
          zIndexMode: state.zIndexMode,
        },
      );
      const nodesSelectionActive = state.nodesSelectionActive && hasSelectedNodes;
      hold(store, { nodes, nodesInitialized, nodesSelectionActive });
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
