// Commands the canvas and the inspector need beyond the basic flow commands:
// adding a node already connected, nudging with the arrow keys (a burst is one
// step), list edits that should not merge with typing, and a role created from
// a step. Each is one undoable step.
import type { LocalizedText } from '../../../schema/problems';
import type { FlowEdge, FlowNode, Role } from '../../../schema/types';
import { defineCommand } from '../command';
import { addNode, connect, count, KIND_NAMES } from './flow-commands';
import { assignFields, nodeIndex, originalArray } from './draft-helpers';

/** A new node and, when it was added after another one, the arrow to it: one step. */
export const addConnectedNode = defineCommand<{ node: FlowNode; edge?: FlowEdge }>({
  id: 'flow.addConnectedNode',
  label: ({ node }) => ({
    nl: `${KIND_NAMES[node.kind].nl} toegevoegd`,
    en: `${KIND_NAMES[node.kind].en} added`,
  }),
  run: (draft, { node, edge }) => {
    addNode.run(draft, { node });
    if (edge) connect.run(draft, { edge });
  },
});

/** Moves nodes by a few pixels; repeated nudges of the same nodes become one step. */
export const nudgeNodes = defineCommand<{ ids: string[]; dx: number; dy: number }>({
  id: 'flow.nudgeNodes',
  label: ({ ids }) =>
    count(
      ids.length,
      { nl: 'Knoop verschoven', en: 'Node nudged' },
      { nl: 'knopen verschoven', en: 'nodes nudged' },
    ),
  run: (draft, { ids, dx, dy }) => {
    if (dx === 0 && dy === 0) return;
    for (const id of ids) {
      const node = draft.flow.nodes[nodeIndex(draft, id)];
      if (node)
        node.position = {
          x: Math.round(node.position.x + dx),
          y: Math.round(node.position.y + dy),
        };
    }
  },
  coalesceKey: ({ ids }) => `nudge:${[...ids].sort().join(',')}`,
});

/**
 * A change of structure (an item added, removed or moved; a role ticked) as its
 * own step, so it never merges with the typing just before it.
 */
export const restructureNode = defineCommand<{
  id: string;
  changes: Partial<Omit<FlowNode, 'id'>>;
  label: LocalizedText;
}>({
  id: 'flow.restructureNode',
  label: ({ label }) => label,
  run: (draft, { id, changes }) => {
    const node = draft.flow.nodes[nodeIndex(draft, id)];
    if (node) assignFields(node, changes);
  },
});

/** Creates a role from a step ("het OCMW") and names it on that step, in one step. */
export const addRoleToNode = defineCommand<{ nodeId: string; role: Role }>({
  id: 'flow.addRoleToNode',
  label: ({ role }) => ({ nl: `Rol '${role.name}' toegevoegd`, en: `Role '${role.name}' added` }),
  run: (draft, { nodeId, role }) => {
    const node = draft.flow.nodes[nodeIndex(draft, nodeId)];
    if (!node) return;
    if (!originalArray<Role>(draft.roles).some((r) => r.id === role.id)) draft.roles.push(role);
    if (!(node.roles ?? []).includes(role.id)) node.roles = [...(node.roles ?? []), role.id];
  },
});
