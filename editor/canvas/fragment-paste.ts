// Pasting: what comes back from the clipboard is not trusted. It is wrapped in
// a card and goes through the one load path (schema and integrity), and
// anything that is not one of our fragments is refused. Loaded with the load
// path at the first paste, not with the studio.
import { normalizeLineEndsIn } from '../../schema/limits';
import { loadCardValue } from '../../schema/load/load-card';
import type { LocalizedText } from '../../schema/problems';
import { CURRENT_SCHEMA_VERSION } from '../../schema/types';
import type { FlowFragment } from '../state/commands/flow-commands';
import { FRAGMENT_FORMAT } from './fragment';

const MAX_TEXT = 5 * 1024 * 1024;

export type ParsedFragment =
  { ok: true; fragment: FlowFragment; cardId: string } | { ok: false; reason: LocalizedText };

const NOT_OURS: LocalizedText = {
  nl: 'Het klembord bevat geen knopen uit Kindreflex Studio; er is niets geplakt.',
  en: 'The clipboard holds no Kindreflex Studio nodes; nothing was pasted.',
};

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
