// Commands on the flow: nodes and edges. Each is one undoable step.
import type { LocalizedText } from '../../../schema/problems';
import type { FlowEdge, FlowNode, NodeKind, Position, Role } from '../../../schema/types';
import { defineCommand } from '../command';
import { assignFields, edgeIndex, nodeIndex, originalArray, removeIndexes } from './draft-helpers';

export const KIND_NAMES: Record<NodeKind, LocalizedText> = {
  start: { nl: 'Start', en: 'Start' },
  step: { nl: 'Stap', en: 'Step' },
  prompts: { nl: 'Gespreksvragen', en: 'Conversation prompts' },
  assessment: { nl: 'Inschatting', en: 'Assessment' },
  scenario: { nl: 'Scenario', en: 'Scenario' },
  end: { nl: 'Einde', en: 'End' },
  note: { nl: 'Notitie', en: 'Note' },
  tip: { nl: 'Tip', en: 'Tip' },
};

/** "Knoop verplaatst" for one, "3 knopen verplaatst" for more. */
export const count = (n: number, one: LocalizedText, many: LocalizedText): LocalizedText =>
  n === 1 ? one : { nl: `${n} ${many.nl}`, en: `${n} ${many.en}` };

export const addNode = defineCommand<{ node: FlowNode }>({
  id: 'flow.addNode',
  label: ({ node }) => ({
    nl: `${KIND_NAMES[node.kind].nl} toegevoegd`,
    en: `${KIND_NAMES[node.kind].en} added`,
  }),
  run: (draft, { node }) => {
    if (nodeIndex(draft, node.id) === -1) draft.flow.nodes.push(node);
  },
});

export const updateNode = defineCommand<{ id: string; changes: Partial<Omit<FlowNode, 'id'>> }>({
  id: 'flow.updateNode',
  label: () => ({ nl: 'Knoop bewerkt', en: 'Node edited' }),
  run: (draft, { id, changes }) => {
    const i = nodeIndex(draft, id);
    if (i !== -1) assignFields(draft.flow.nodes[i]!, changes);
  },
  coalesceKey: ({ id, changes }) => `node:${id}:${Object.keys(changes).sort().join(',')}`,
});

export const moveNodes = defineCommand<{ moves: { id: string; position: Position }[] }>({
  id: 'flow.moveNodes',
  label: ({ moves }) =>
    count(
      moves.length,
      { nl: 'Knoop verplaatst', en: 'Node moved' },
      { nl: 'knopen verplaatst', en: 'nodes moved' },
    ),
  run: (draft, { moves }) => {
    for (const { id, position } of moves) {
      const i = nodeIndex(draft, id);
      const node = draft.flow.nodes[i];
      if (node && (node.position.x !== position.x || node.position.y !== position.y))
        node.position = { x: Math.round(position.x), y: Math.round(position.y) };
    }
  },
});

/** Removes nodes (with the edges that touch them) and edges. */
export const deleteElements = defineCommand<{ nodeIds: string[]; edgeIds: string[] }>({
  id: 'flow.deleteElements',
  label: ({ nodeIds, edgeIds }) =>
    nodeIds.length > 0
      ? count(
          nodeIds.length,
          { nl: 'Knoop verwijderd', en: 'Node deleted' },
          { nl: 'knopen verwijderd', en: 'nodes deleted' },
        )
      : count(
          edgeIds.length,
          { nl: 'Pijl verwijderd', en: 'Edge deleted' },
          { nl: 'pijlen verwijderd', en: 'edges deleted' },
        ),
  run: (draft, { nodeIds, edgeIds }) => {
    const nodes = new Set(nodeIds);
    const edges = new Set(edgeIds);
    const dropNodes = new Set<number>();
    originalArray<FlowNode>(draft.flow.nodes).forEach(
      (n, i) => nodes.has(n.id) && dropNodes.add(i),
    );
    const dropEdges = new Set<number>();
    originalArray<FlowEdge>(draft.flow.edges).forEach(
      (e, i) => (edges.has(e.id) || nodes.has(e.source) || nodes.has(e.target)) && dropEdges.add(i),
    );
    removeIndexes(draft.flow.edges, dropEdges);
    removeIndexes(draft.flow.nodes, dropNodes);
  },
});

const sameEnds = (a: FlowEdge, b: FlowEdge) =>
  a.source === b.source &&
  a.target === b.target &&
  a.sourceHandle === b.sourceHandle &&
  a.targetHandle === b.targetHandle;

export const connect = defineCommand<{ edge: FlowEdge }>({
  id: 'flow.connect',
  label: () => ({ nl: 'Pijl toegevoegd', en: 'Edge added' }),
  run: (draft, { edge }) => {
    if (edge.source === edge.target) return;
    if (draft.flow.edges.some((e) => e.id === edge.id || sameEnds(e, edge))) return;
    draft.flow.edges.push(edge);
  },
});

export const updateEdge = defineCommand<{ id: string; changes: Partial<Omit<FlowEdge, 'id'>> }>({
  id: 'flow.updateEdge',
  label: ({ changes }) =>
    'source' in changes || 'target' in changes
      ? { nl: 'Pijl verlegd', en: 'Edge reconnected' }
      : { nl: 'Pijl bewerkt', en: 'Edge edited' },
  run: (draft, { id, changes }) => {
    const i = edgeIndex(draft, id);
    if (i !== -1) assignFields(draft.flow.edges[i]!, changes);
  },
  coalesceKey: ({ id, changes }) => `edge:${id}:${Object.keys(changes).sort().join(',')}`,
});

/** A piece of a flow: pasted, duplicated, or taken from another card. */
export interface FlowFragment {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Roles the nodes name, so pasting into another card brings their definitions along. */
  roles: Role[];
}

export const insertFragment = defineCommand<{ fragment: FlowFragment; how: 'paste' | 'duplicate' }>(
  {
    id: 'flow.insertFragment',
    label: ({ how, fragment }) =>
      how === 'paste'
        ? count(
            fragment.nodes.length,
            { nl: 'Knoop geplakt', en: 'Node pasted' },
            { nl: 'knopen geplakt', en: 'nodes pasted' },
          )
        : count(
            fragment.nodes.length,
            { nl: 'Knoop gedupliceerd', en: 'Node duplicated' },
            { nl: 'knopen gedupliceerd', en: 'nodes duplicated' },
          ),
    run: (draft, { fragment }) => {
      for (const role of fragment.roles)
        if (!draft.roles.some((r) => r.id === role.id)) draft.roles.push(role);
      draft.flow.nodes.push(...fragment.nodes);
      draft.flow.edges.push(...fragment.edges);
    },
  },
);

export const applyLayout = defineCommand<{ positions: Record<string, Position> }>({
  id: 'flow.applyLayout',
  label: () => ({ nl: 'Automatisch geschikt', en: 'Auto layout' }),
  run: (draft, { positions }) => {
    originalArray<FlowNode>(draft.flow.nodes).forEach((node, i) => {
      const p = positions[node.id];
      if (p && (p.x !== node.position.x || p.y !== node.position.y))
        draft.flow.nodes[i]!.position = { x: Math.round(p.x), y: Math.round(p.y) };
    });
  },
});
