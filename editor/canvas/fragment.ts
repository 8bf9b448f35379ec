// A piece of a flow on the clipboard: copy, cut, paste and duplicate. The
// system clipboard holds it as JSON with a marker, so it can be pasted into
// another card (or another tab). Reading it back, through the load path, is in
// fragment-paste.ts.
import type { Card, FlowEdge, FlowNode, Position, Role } from '../../schema/types';
import type { FlowFragment } from '../state/commands/flow-commands';
import { newId } from '../state/ids';

export const FRAGMENT_FORMAT = 'kindreflex-studio/flow-fragment';

export interface FragmentEnvelope extends FlowFragment {
  format: typeof FRAGMENT_FORMAT;
  version: 1;
  /** The card it was copied from: pasting back there offsets the copy. */
  cardId: string;
}

/** The selected nodes, the arrows between them and the definitions of the roles they name. */
export function fragmentOf(card: Card, nodeIds: Iterable<string>): FlowFragment {
  const ids = new Set(nodeIds);
  const nodes = card.flow.nodes.filter((n) => ids.has(n.id));
  const edges = card.flow.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const named = new Set(nodes.flatMap((n) => n.roles ?? []));
  const roles = card.roles.filter((r) => named.has(r.id));
  return { nodes, edges, roles };
}

export function serializeFragment(fragment: FlowFragment, cardId: string): string {
  const envelope: FragmentEnvelope = { format: FRAGMENT_FORMAT, version: 1, cardId, ...fragment };
  return JSON.stringify(envelope);
}

/** The top-left corner of the fragment's nodes. */
export function fragmentOrigin(fragment: FlowFragment): Position {
  return {
    x: Math.min(...fragment.nodes.map((n) => n.position.x)),
    y: Math.min(...fragment.nodes.map((n) => n.position.y)),
  };
}

/**
 * A copy ready to insert into `card`: new ids for nodes and arrows (the arrows
 * follow their nodes), moved by `offset`. Roles keep their ids: a role the card
 * already has is the same role.
 */
export function copyForInsert(fragment: FlowFragment, card: Card, offset: Position): FlowFragment {
  const taken = new Set<string>([
    ...card.flow.nodes.map((n) => n.id),
    ...card.flow.edges.map((e) => e.id),
  ]);
  const take = (prefix: string) => {
    const id = newId(prefix, taken);
    taken.add(id);
    return id;
  };
  const renamed = new Map<string, string>();
  const nodes: FlowNode[] = fragment.nodes.map((node) => {
    const id = take(node.kind);
    renamed.set(node.id, id);
    return {
      ...structuredClone(node),
      id,
      position: {
        x: Math.round(node.position.x + offset.x),
        y: Math.round(node.position.y + offset.y),
      },
    };
  });
  const edges: FlowEdge[] = fragment.edges.flatMap((edge) => {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    return source && target ? [{ ...structuredClone(edge), id: take('e'), source, target }] : [];
  });
  const roles: Role[] = fragment.roles.map((r) => structuredClone(r));
  return { nodes, edges, roles };
}
