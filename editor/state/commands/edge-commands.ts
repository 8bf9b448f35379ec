// Commands on arrows beyond the basic flow commands: a step inserted into an
// arrow (the chain stays one chain, the boxes below make room) and routes laid
// again for the whole card. Each is one undoable step; the store's routing
// follow-up re-routes what an insert disturbs in that same step.
import type { EdgeRoute, FlowNode } from '../../../schema/types';
import { defineCommand } from '../command';
import { edgeIndex, nodeIndex } from './draft-helpers';
import { addNode, KIND_NAMES } from './flow-commands';

export interface InsertIntoEdge {
  edgeId: string;
  node: FlowNode;
  /** The id of the second half of the arrow, from the new node on. */
  newEdgeId: string;
  /** Boxes moved down to make room, by how much. */
  shifts: { id: string; dy: number }[];
}

/**
 * source → target becomes source → node → target. The first half keeps the
 * label (the condition for leaving the source) and the side it leaves from;
 * the second keeps the side it arrives at and whether it leads back.
 */
export const insertIntoEdge = defineCommand<InsertIntoEdge>({
  id: 'flow.insertIntoEdge',
  label: ({ node }) => ({
    nl: `${KIND_NAMES[node.kind].nl} ingevoegd in pijl`,
    en: `${KIND_NAMES[node.kind].en} inserted into arrow`,
  }),
  run: (draft, { edgeId, node, newEdgeId, shifts }) => {
    const i = edgeIndex(draft, edgeId);
    const edge = draft.flow.edges[i];
    if (!edge) return;
    for (const { id, dy } of shifts) {
      const moved = draft.flow.nodes[nodeIndex(draft, id)];
      if (moved) moved.position = { x: moved.position.x, y: moved.position.y + dy };
    }
    addNode.run(draft, { node });
    const { target, targetHandle, kind } = edge;
    edge.target = node.id;
    delete edge.targetHandle;
    delete edge.kind;
    delete edge.route;
    draft.flow.edges.splice(i + 1, 0, {
      id: newEdgeId,
      source: node.id,
      target,
      ...(targetHandle ? { targetHandle } : {}),
      ...(kind ? { kind } : {}),
    });
  },
});

/** Routes laid again ("Pijlen opnieuw leggen"): the given routes replace those of `ids`. */
export const setRoutes = defineCommand<{ routes: Record<string, EdgeRoute>; ids: string[] }>({
  id: 'flow.setRoutes',
  label: () => ({ nl: 'Pijlen opnieuw gelegd', en: 'Arrows re-routed' }),
  run: (draft, { routes, ids }) => {
    const asked = new Set(ids);
    for (const edge of draft.flow.edges) {
      if (!asked.has(edge.id)) continue;
      const route = routes[edge.id];
      if (route) edge.route = route;
      else delete edge.route;
    }
  },
});
