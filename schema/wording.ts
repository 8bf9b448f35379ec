// Small helpers for the sentences the model writes (diff, merge, import):
// quotation marks as each language writes them, shortening long texts, and
// the names of node kinds. Kept in one place so the wording stays consistent.
import type { LocalizedText } from './problems';
import type { NodeKind } from './types';

/** Longest text quoted in full in a sentence; the full value is always in the data. */
const QUOTE_LIMIT = 200;

/** Collapses whitespace and cuts a long text with an ellipsis. */
export function shorten(text: string, limit = QUOTE_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? flat.slice(0, limit - 1).trimEnd() + '…' : flat;
}

/** Dutch quotation: „tekst”. */
export const quoteNl = (text: string): string => `„${shorten(text)}”`;
/** English quotation: “text”. */
export const quoteEn = (text: string): string => `“${shorten(text)}”`;
/** The same text quoted the way each language does. */
export const quoted = (text: string): LocalizedText => ({ nl: quoteNl(text), en: quoteEn(text) });

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const NODE_KIND_NAMES: Record<NodeKind, LocalizedText> = {
  start: { nl: 'START', en: 'START' },
  step: { nl: 'stap', en: 'step' },
  prompts: { nl: 'gespreksvragen', en: 'conversation questions' },
  assessment: { nl: 'inschatting', en: 'assessment' },
  scenario: { nl: 'scenario', en: 'scenario' },
  end: { nl: 'eindvak', en: 'end box' },
  note: { nl: 'notitie', en: 'note' },
  tip: { nl: 'tip', en: 'tip' },
};
