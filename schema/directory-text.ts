// Directory values as people write them: phone numbers with their location in
// one line, the way in and the audience in words, an age range in months.
// The diff's sentences and the CSV columns both use these, so a coordinator
// sees the same "055 31 38 62 (Oudenaarde); 09 361 14 01 (Zottegem)" in both.
import type { LocalizedText } from './problems';
import type { AgeRange, Audience, Phone, WayIn } from './types';

export const WAY_IN_LABELS: Record<WayIn, LocalizedText> = {
  'brede-instap': { nl: 'brede instap', en: 'open access' },
  'via-contactpersoon': { nl: 'via contactpersoon', en: 'through a contact person' },
  consult: { nl: 'consult', en: 'consultation' },
  aanmelding: { nl: 'aanmelding', en: 'referral' },
};

export const AUDIENCE_LABELS: Record<Audience, LocalizedText> = {
  ouders: { nl: 'ouders', en: 'parents' },
  professionals: { nl: 'professionals', en: 'professionals' },
  beide: { nl: 'beide', en: 'both' },
};

/** Separates the numbers in a phone cell; a label may hold commas, so not a comma. */
const PHONE_SEPARATOR = '; ';

/** "055 31 38 62 (Oudenaarde); 09 361 14 01 (Zottegem)": numbers as stored, labels in brackets. */
export function formatPhones(phones: readonly Phone[] | undefined): string {
  return (phones ?? [])
    .map((p) => (p.label ? `${p.number} (${p.label})` : p.number))
    .join(PHONE_SEPARATOR);
}

/**
 * The reverse of formatPhones: "09 216 73 30 (Gent); 101". The label is the text in
 * the last brackets at the end, so "+32 (0)9 216 73 30 (Gent)" keeps its "(0)". A label
 * cannot itself hold brackets or a semicolon. Numbers are not checked here.
 */
export function parsePhones(text: string): Phone[] {
  const phones: Phone[] = [];
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const labelled = /^(.*?)\s*\(([^()]*)\)$/.exec(trimmed);
    const number = labelled?.[1]?.trim();
    const label = labelled?.[2]?.trim();
    // "(0)9 216 73 30" alone ends in a digit, not a bracket; "112 ()" has an empty label.
    if (labelled && number && /[0-9]$/.test(number) && label) phones.push({ number, label });
    else phones.push({ number: trimmed });
  }
  return phones;
}

/** "van -9 tot 36 maanden (van 9 maanden voor de geboorte tot 3 jaar)". */
export function formatAgeRange(age: AgeRange | undefined): LocalizedText {
  if (!age) return { nl: '', en: '' };
  const nl: string[] = [];
  const en: string[] = [];
  if (age.fromMonths !== undefined) {
    nl.push(`van ${age.fromMonths}`);
    en.push(`from ${age.fromMonths}`);
  }
  if (age.toMonths !== undefined) {
    nl.push(`tot ${age.toMonths}`);
    en.push(`to ${age.toMonths}`);
  }
  const unit = nl.length > 0 ? ' maanden' : '';
  const unitEn = en.length > 0 ? ' months' : '';
  const note = age.note ? ` (${age.note})` : '';
  return {
    nl: (nl.join(' ') + unit + note).trim(),
    en: (en.join(' ') + unitEn + note).trim(),
  };
}
