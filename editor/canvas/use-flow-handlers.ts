// React Flow's events turned into selection changes and commands. During a
// drag the positions live here, in canvas state; the drop becomes ONE
// moveNodes step, so undo puts back the whole drag.
import { useCallback, useState } from 'react';
import type { Connection, EdgeChange, NodeChange } from '@xyflow/react';
import type { Position, Side } from '../../schema/types';
import type { Studio } from '../app/studio';
import { connect, moveNodes, updateEdge } from '../state/commands/flow-commands';
import { newId } from '../state/ids';
import { loadRouter, routerReady } from './routing/routing';
import type { CanvasEdge, CanvasNode } from './flow-elements';
import { SIDES } from './flow-elements';

const side = (handle: string | null | undefined): Side | undefined =>
  SIDES.find((s) => s === handle);

function applySelect(current: readonly string[], changes: { id: string; selected: boolean }[]) {
  const set = new Set(current);
  for (const c of changes) {
    if (c.selected) set.add(c.id);
    else set.delete(c.id);
  }
  return [...set];
}

export function useFlowHandlers(studio: Studio) {
  const [dragging, setDragging] = useState<ReadonlyMap<string, Position> | null>(null);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const moved = new Map<string, Position>();
      const selects: { id: string; selected: boolean }[] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.dragging && c.position) moved.set(c.id, c.position);
        if (c.type === 'select') selects.push(c);
      }
      if (moved.size > 0) setDragging((before) => new Map([...(before ?? []), ...moved]));
      if (selects.length > 0) {
        const current = studio.selection.get();
        studio.selection.select({
          nodeIds: applySelect(current.nodeIds, selects),
          edgeIds: current.edgeIds,
        });
      }
    },
    [studio],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<CanvasEdge>[]) => {
      const selects = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
      if (selects.length === 0) return;
      const current = studio.selection.get();
      studio.selection.select({
        nodeIds: current.nodeIds,
        edgeIds: applySelect(current.edgeIds, selects),
      });
    },
    [studio],
  );

  /**
   * The drop: one step for all the nodes that moved together, their arrows
   * re-routed in it. Should libavoid still be loading, the nodes stay where
   * they were dropped until it is there.
   */
  const onDragStop = useCallback(
    (nodes: CanvasNode[]) => {
      const moves = nodes.map((n) => ({ id: n.id, position: n.position }));
      const drop = () => {
        if (moves.length > 0) studio.store.execute(moveNodes, { moves });
        setDragging(null);
      };
      if (routerReady()) drop();
      else void loadRouter().then(drop, drop);
    },
    [studio],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const card = studio.store.getState()?.card;
      if (!card) return;
      const taken = new Set(card.flow.edges.map((e) => e.id));
      const id = newId(`e-${c.source}`.slice(0, 60), taken);
      const sourceHandle = side(c.sourceHandle);
      const targetHandle = side(c.targetHandle);
      studio.store.execute(connect, {
        edge: {
          id,
          source: c.source,
          target: c.target,
          ...(sourceHandle ? { sourceHandle } : {}),
          ...(targetHandle ? { targetHandle } : {}),
        },
      });
      studio.selection.select({ edgeIds: [id] });
    },
    [studio],
  );

  const onReconnect = useCallback(
    (old: CanvasEdge, c: Connection) => {
      studio.store.execute(updateEdge, {
        id: old.id,
        changes: {
          source: c.source,
          target: c.target,
          sourceHandle: side(c.sourceHandle),
          targetHandle: side(c.targetHandle),
        },
      });
    },
    [studio],
  );

  const isValidConnection = useCallback((c: Connection | CanvasEdge) => c.source !== c.target, []);

  return {
    dragging,
    onNodesChange,
    onEdgesChange,
    onDragStop,
    onConnect,
    onReconnect,
    isValidConnection,
  };
}
