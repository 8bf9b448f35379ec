// The rules of the plain text fields (names, titles, descriptions, widths),
// apart from the CSV-backed ones in field-rules.ts: the card list and the
// toolbar need these in the studio's first load, the CSV reader's cell rules
// only come with the directory editor.
import {
  hasControlCharacter,
  LONG_TEXT_MAX,
  NODE_WIDTH_MAX,
  NODE_WIDTH_MIN,
  normalizeLineEnds,
  SHORT_TEXT_MAX,
} from '../../schema/limits';
import type { LocalizedText } from '../../schema/problems';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: LocalizedText };

/** How a field shows its value, reads what was typed, and tidies it on leaving the field. */
export interface FieldRule<T> {
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  /** Applied when the field loses focus: "092167330" becomes "09 216 73 30". */
  tidy?: (value: T) => T;
}

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(error: LocalizedText): Parsed<T> => ({ ok: false, error });

const TOO_LONG = (max: number): LocalizedText => ({
  nl: `Te lang: hoogstens ${max} tekens.`,
  en: `Too long: at most ${max} characters.`,
});

const CONTROL: LocalizedText = {
  nl: 'Bevat een onzichtbaar stuurteken; alleen tab en regeleinde zijn toegelaten.',
  en: 'Holds an invisible control character; only tab and line break are allowed.',
};

/** What every text must be: not too long, no control characters; line ends as LF. */
export function checkedText(text: string, max: number): Parsed<string> {
  const normal = normalizeLineEnds(text);
  if (hasControlCharacter(normal)) return fail(CONTROL);
  return normal.length > max ? fail(TOO_LONG(max)) : ok(normal);
}

/** Names and titles: required, one line. */
export const requiredText: FieldRule<string> = {
  format: (value) => value,
  parse: (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return fail({ nl: 'Vul dit veld in.', en: 'Fill in this field.' });
    return checkedText(trimmed, SHORT_TEXT_MAX);
  },
};

function optionalText(max: number): FieldRule<string | undefined> {
  return {
    format: (value) => value ?? '',
    // Keeps inner spaces and line breaks as typed; only an empty field removes the value.
    parse: (text) => (text.trim() === '' ? ok(undefined) : checkedText(text, max)),
    tidy: (value) => value?.trim(),
  };
}

export const shortText = optionalText(SHORT_TEXT_MAX);
export const longText = optionalText(LONG_TEXT_MAX);

/** A node's width in pixels, or empty for the kind's default width. */
export const nodeWidth: FieldRule<number | undefined> = {
  format: (value) => (value === undefined ? '' : String(value)),
  parse: (text) => {
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '') return ok(undefined);
    const n = Number(trimmed);
    return Number.isFinite(n) && n >= NODE_WIDTH_MIN && n <= NODE_WIDTH_MAX
      ? ok(n)
      : fail({
          nl: `Een breedte van ${NODE_WIDTH_MIN} tot ${NODE_WIDTH_MAX} pixels, of leeg voor de standaardbreedte.`,
          en: `A width from ${NODE_WIDTH_MIN} to ${NODE_WIDTH_MAX} pixels, or empty for the default width.`,
        });
  },
};

/** Municipalities: separated by commas, semicolons or line breaks. */
export const nameList: FieldRule<string[] | undefined> = {
  format: (value) => (value ?? []).join(', '),
  parse: (text) => {
    const names = text
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    for (const name of names) {
      const checked = checkedText(name, SHORT_TEXT_MAX);
      if (!checked.ok) return checked;
    }
    return ok(names.length > 0 ? names : undefined);
  },
};

/** Today as the schema's date (JJJJ-MM-DD), in the user's own time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
