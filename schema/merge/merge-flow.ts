// The merge of the flow and the roles, and the pass that keeps the result
// whole: no arrow to a node that is gone, no step naming a role that is gone.
// When one side removed a node (or role) that the other side still needs, the
// removal becomes a 'still-used' conflict; by default the region's side wins
// (a node the region still points to stays; a node the region removed stays
// removed and the base's arrows to it are dropped).
import type { Card, Flow, FlowEdge, FlowNode, Partner, Role } from '../types';
import {
  mergedOrder,
  mergeFields,
  mergeKeyedList,
  type ItemOutcome,
  type MergeOptions,
  type RawConflict,
} from './three-way';
import type { ConflictChoices, MergeEntity, MergeSide } from './types';

export type FlowAndRoles = Pick<Card, 'flow' | 'roles'>;

const NODE_LAYOUT = new Set(['position', 'width']);
const EDGE_LAYOUT = new Set(['sourceHandle', 'targetHandle', 'route']);
const NO_LAYOUT = new Set<string>();

export interface FlowMerge {
  flow: Flow;
  roles: Role[];
  conflicts: RawConflict[];
}

/**
 * For items that are gone but still needed by `users`: a still-used conflict when the
 * removal was silent, and the item back when the chosen side keeps it. Returns the ids
 * that stay gone, whose users must let go of them.
 */
function settleNeeded<T>(
  entity: MergeEntity,
  outcomes: Map<string, ItemOutcome<T>>,
  users: Map<string, string[]>,
  choices: ConflictChoices,
  conflicts: RawConflict[],
): Set<string> {
  const gone = new Set<string>();
  for (const [id, usedBy] of users) {
    const outcome = outcomes.get(id);
    if (outcome?.value !== undefined) continue;
    if (!outcome) {
      gone.add(id); // on neither side: only an invalid card names it; its users let go
      continue;
    }
    const deletedBy = outcome.silentlyDeletedBy;
    if (deletedBy === undefined || outcome.otherVersion === undefined) {
      gone.add(id); // removed by a settled conflict, or unknown: its users let go
      continue;
    }
    const conflictId = `${entity}:${id}:still-used`;
    const chosen: MergeSide = choices[conflictId] ?? 'regional';
    conflicts.push({
      id: conflictId,
      kind: 'still-used',
      entity,
      entityId: id,
      regional: deletedBy === 'regional' ? undefined : outcome.otherVersion,
      newBase: deletedBy === 'newBase' ? undefined : outcome.otherVersion,
      deletedBy,
      usedBy,
      chosen,
    });
    // The side that did not remove it wins: bring it back.
    if (chosen !== deletedBy) outcomes.set(id, { ...outcome, value: outcome.otherVersion });
    else gone.add(id);
  }
  return gone;
}

/**
 * A node one side removed but the merge keeps (a conflict settled for the other side)
 * keeps the arrows that side removed with it, so it stays connected as it was.
 */
function keepArrowsOfKeptNodes(
  nodes: Map<string, ItemOutcome<FlowNode>>,
  edges: Map<string, ItemOutcome<FlowEdge>>,
): void {
  const present = (id: string) => nodes.get(id)?.value !== undefined;
  for (const [id, outcome] of edges) {
    const edge = outcome.otherVersion;
    const removedBy = outcome.silentlyDeletedBy;
    if (outcome.value || !edge || !removedBy || !present(edge.source) || !present(edge.target))
      continue;
    const keptNode = [edge.source, edge.target].some((n) => nodes.get(n)?.removedBy === removedBy);
    if (keptNode) edges.set(id, { ...outcome, value: edge });
  }
}

function addUse(users: Map<string, string[]>, id: string, user: string): void {
  const list = users.get(id);
  if (!list) users.set(id, [user]);
  else if (!list.includes(user)) list.push(user);
}

function ordered<T extends { id: string }>(
  outcomes: Map<string, ItemOutcome<T>>,
  regional: readonly T[],
  newBase: readonly T[],
): T[] {
  const kept = (id: string) => outcomes.get(id)?.value !== undefined;
  const ids = mergedOrder(
    regional.map((x) => x.id),
    newBase.map((x) => x.id),
    kept,
  );
  return ids.map((id) => outcomes.get(id)!.value!);
}

const conflictsOf = <T>(outcomes: Map<string, ItemOutcome<T>>): RawConflict[] =>
  [...outcomes.values()].flatMap((o) => o.conflicts);

/** Arrows need both their ends: keep the nodes they need, or let go of the arrows. */
function settleArrows(
  nodes: Map<string, ItemOutcome<FlowNode>>,
  edges: Map<string, ItemOutcome<FlowEdge>>,
  choices: ConflictChoices,
  conflicts: RawConflict[],
): void {
  const nodeUsers = new Map<string, string[]>();
  for (const [id, { value }] of edges)
    if (value) for (const end of [value.source, value.target]) addUse(nodeUsers, end, id);
  const goneNodes = settleNeeded('node', nodes, nodeUsers, choices, conflicts);
  keepArrowsOfKeptNodes(nodes, edges);
  for (const [id, outcome] of edges) {
    const edge = outcome.value;
    if (edge && (goneNodes.has(edge.source) || goneNodes.has(edge.target)))
      edges.set(id, { ...outcome, value: undefined });
  }
}

/** Steps name roles and the region's partners fill them: keep those roles, or let go of them. */
function settleRoles(
  nodes: Map<string, ItemOutcome<FlowNode>>,
  roles: Map<string, ItemOutcome<Role>>,
  partners: readonly Partner[],
  choices: ConflictChoices,
  conflicts: RawConflict[],
): void {
  const roleUsers = new Map<string, string[]>();
  for (const [id, { value }] of nodes)
    for (const role of value?.roles ?? []) addUse(roleUsers, role, id);
  for (const partner of partners)
    for (const role of partner.roles ?? []) addUse(roleUsers, role, partner.id);
  const goneRoles = settleNeeded('role', roles, roleUsers, choices, conflicts);
  for (const [id, outcome] of nodes) {
    const node = outcome.value;
    if (!node?.roles?.some((role) => goneRoles.has(role))) continue;
    const { roles: named, ...rest } = node;
    const kept = named.filter((role) => !goneRoles.has(role));
    nodes.set(id, {
      ...outcome,
      value: (kept.length > 0 ? { ...rest, roles: kept } : rest) as FlowNode,
    });
  }
}

/** Merges flow and roles; `partners` are the region's, whose roles must stay known. */
export function mergeFlowAndRoles(
  ancestor: FlowAndRoles,
  regional: FlowAndRoles,
  newBase: FlowAndRoles,
  partners: readonly Partner[],
  choices: ConflictChoices,
): FlowMerge {
  const options = (entity: MergeEntity, layoutFields: ReadonlySet<string>): MergeOptions => ({
    entity,
    layoutFields,
    choices,
  });
  const a = ancestor.flow;
  const l = regional.flow;
  const r = newBase.flow;
  const nodes = mergeKeyedList(a.nodes, l.nodes, r.nodes, options('node', NODE_LAYOUT));
  const edges = mergeKeyedList(a.edges, l.edges, r.edges, options('edge', EDGE_LAYOUT));
  const roles = mergeKeyedList(
    ancestor.roles,
    regional.roles,
    newBase.roles,
    options('role', NO_LAYOUT),
  );
  const { nodes: _an, edges: _ae, ...ancestorRest } = a;
  const { nodes: _ln, edges: _le, ...regionalRest } = l;
  const { nodes: _rn, edges: _re, ...newBaseRest } = r;
  const flowFields = mergeFields(
    ancestorRest,
    regionalRest,
    newBaseRest,
    'flow',
    options('flow', NO_LAYOUT),
  );
  const conflicts = [
    ...conflictsOf(nodes),
    ...conflictsOf(edges),
    ...conflictsOf(roles),
    ...flowFields.conflicts,
  ];

  settleArrows(nodes, edges, choices, conflicts);
  settleRoles(nodes, roles, partners, choices, conflicts);

  return {
    flow: {
      ...(flowFields.merged as Omit<Flow, 'nodes' | 'edges'>),
      nodes: ordered<FlowNode>(nodes, l.nodes, r.nodes),
      edges: ordered<FlowEdge>(edges, l.edges, r.edges),
    },
    roles: ordered<Role>(roles, regional.roles, newBase.roles),
    conflicts,
  };
}
