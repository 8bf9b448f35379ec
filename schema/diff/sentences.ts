// The sentence shapes the diff uses, so every part says a change the same way:
// "<Veld> van <wie> gewijzigd van A naar B", "... toegevoegd: B", "... verwijderd (was A)".
import { canonicalJson } from '../hash';
import type { LocalizedText } from '../problems';
import { capitalize, quoted, shorten } from '../wording';

export const same = (text: string): LocalizedText => ({ nl: text, en: text });

/** A value written out for a sentence when nothing better is known about its field. */
export function plainValue(value: unknown): LocalizedText {
  if (value === undefined || value === null) return same('');
  if (typeof value === 'string') return same(shorten(value));
  if (typeof value === 'number' || typeof value === 'boolean') return same(String(value));
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return same(value.join(', '));
  return same(shorten(canonicalJson(value), 120));
}

/** A text value, always quoted: „…” / “…”. */
export const textValue = (value: unknown): LocalizedText =>
  typeof value === 'string' ? quoted(value) : plainValue(value);

/**
 * "<Veld> van <wie> gewijzigd van A naar B" and its forms for a value that appears
 * (only `after`) or disappears (only `before`).
 */
export function fieldSentence(
  field: LocalizedText,
  subject: LocalizedText,
  before: LocalizedText | undefined,
  after: LocalizedText | undefined,
): LocalizedText {
  const nl = `${capitalize(field.nl)} van ${subject.nl}`;
  const en = `${capitalize(field.en)} of ${subject.en}`;
  const has = (v: LocalizedText | undefined): v is LocalizedText => v !== undefined && v.nl !== '';
  if (has(before) && has(after))
    return {
      nl: `${nl} gewijzigd van ${before.nl} naar ${after.nl}`,
      en: `${en} changed from ${before.en} to ${after.en}`,
    };
  if (has(after)) return { nl: `${nl} toegevoegd: ${after.nl}`, en: `${en} added: ${after.en}` };
  if (has(before))
    return { nl: `${nl} verwijderd (was ${before.nl})`, en: `${en} removed (was ${before.en})` };
  return { nl: `${nl} gewijzigd`, en: `${en} changed` };
}

/** The name of a field the model does not know: „veld x”. */
export const unknownField = (field: string): LocalizedText => ({
  nl: `veld „${field}”`,
  en: `field “${field}”`,
});

/** Values that differ in an unordered list of strings: what is new and what is gone. */
export function listDelta(
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): { added: string[]; removed: string[] } {
  const old = before ?? [];
  const now = after ?? [];
  return {
    added: now.filter((v) => !old.includes(v)),
    removed: old.filter((v) => !now.includes(v)),
  };
}

/** "A en B toegevoegd; C verwijderd", or "volgorde gewijzigd" when only the order changed. */
export function deltaText(added: readonly string[], removed: readonly string[]): LocalizedText {
  const nl: string[] = [];
  const en: string[] = [];
  if (added.length > 0) {
    nl.push(`${added.join(', ')} toegevoegd`);
    en.push(`${added.join(', ')} added`);
  }
  if (removed.length > 0) {
    nl.push(`${removed.join(', ')} verwijderd`);
    en.push(`${removed.join(', ')} removed`);
  }
  if (nl.length === 0) return { nl: 'volgorde gewijzigd', en: 'order changed' };
  return { nl: nl.join('; '), en: en.join('; ') };
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');

/**
 * For a list of names (municipalities, roles, regions): "Gemeenten van X gewijzigd: Gent
 * toegevoegd" when both versions have some; undefined otherwise, for fieldSentence.
 */
export function listFieldSentence(
  field: LocalizedText,
  subject: LocalizedText,
  before: unknown,
  after: unknown,
  names: (ids: readonly string[], older: boolean) => string[] = (ids) => [...ids],
): LocalizedText | undefined {
  if (!isStringList(before) || !isStringList(after)) return undefined;
  const { added, removed } = listDelta(before, after);
  const text = deltaText(names(added, false), names(removed, true));
  return {
    nl: `${capitalize(field.nl)} van ${subject.nl} gewijzigd: ${text.nl}`,
    en: `${capitalize(field.en)} of ${subject.en} changed: ${text.en}`,
  };
}
