// A piece of a flow on the clipboard: copy, cut, paste and duplicate. The
// system clipboard holds it as JSON with a marker, so it can be pasted into
// another card (or another tab). What comes back from the clipboard is not
// trusted: it is wrapped in a card and goes through the one load path (schema
// and integrity), and anything that is not one of our fragments is refused.
import { normalizeLineEndsIn } from '../../schema/limits';
import { loadCardValue } from '../../schema/load/load-card';
import type { LocalizedText } from '../../schema/problems';
import {
  CURRENT_SCHEMA_VERSION,
  type Card,
  type FlowEdge,
  type FlowNode,
  type Position,
  type Role,
} from '../../schema/types';
import type { FlowFragment } from '../state/commands/flow-commands';
import { newId } from '../state/ids';

export const FRAGMENT_FORMAT = 'kindreflex-studio/flow-fragment';
const MAX_TEXT = 5 * 1024 * 1024;

interface FragmentEnvelope extends FlowFragment {
  format: typeof FRAGMENT_FORMAT;
  version: 1;
  /** The card it was copied from: pasting back there offsets the copy. */
  cardId: string;
}

export type ParsedFragment =
  { ok: true; fragment: FlowFragment; cardId: string } | { ok: false; reason: LocalizedText };

const NOT_OURS: LocalizedText = {
  nl: 'Het klembord bevat geen knopen uit Kindreflex Studio; er is niets geplakt.',
  en: 'The clipboard holds no Kindreflex Studio nodes; nothing was pasted.',
};

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseFragment(text: string): ParsedFragment {
  if (text.length > MAX_TEXT || !text.includes(FRAGMENT_FORMAT))
    return { ok: false, reason: NOT_OURS };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: NOT_OURS };
  }
  value = normalizeLineEndsIn(value);
  if (!isRecord(value) || value.format !== FRAGMENT_FORMAT) return { ok: false, reason: NOT_OURS };
  if (value.version !== 1)
    return {
      ok: false,
      reason: {
        nl: 'Deze knopen komen uit een nieuwere versie van Kindreflex Studio en kunnen hier niet geplakt worden.',
        en: 'These nodes come from a newer version of Kindreflex Studio and cannot be pasted here.',
      },
    };
  const { nodes, edges, roles } = value;
  // A stand-in card around the fragment, so the schema and integrity checks apply as to any card.
  const result = loadCardValue({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'klembord',
    title: 'Klembord',
    regions: [{ id: 'regio', name: 'Regio' }],
    flow: { nodes, edges },
    roles,
    directory: { sections: [], partners: [] },
  });
  if (!result.ok) {
    const first = result.problems[0]?.message;
    return {
      ok: false,
      reason: {
        nl: `De knopen op het klembord zijn beschadigd en werden niet geplakt${first ? `: ${first.nl}` : '.'}`,
        en: `The nodes on the clipboard are damaged and were not pasted${first ? `: ${first.en}` : '.'}`,
      },
    };
  }
  const card = result.card;
  if (card.flow.nodes.length === 0) return { ok: false, reason: NOT_OURS };
  return {
    ok: true,
    fragment: { nodes: card.flow.nodes, edges: card.flow.edges, roles: card.roles },
    cardId: typeof value.cardId === 'string' ? value.cardId : '',
  };
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
