// What a directory field accepts, checked as the user types, with the reason
// in Dutch and English. The CSV reader's cell rules (schema/csv/columns.ts) are
// the same rules, so a number the editor accepts is one the import accepts and
// the reasons read alike. Only a value that passes ever reaches the card: a
// card that fails the schema could not be opened again.
import { parseCell, type CsvColumnKey } from '../../schema/csv/columns';
import { importProblem } from '../../schema/csv/messages';
import {
  hasControlCharacter,
  LONG_TEXT_MAX,
  NODE_WIDTH_MAX,
  NODE_WIDTH_MIN,
  normalizeLineEnds,
  SHORT_TEXT_MAX,
} from '../../schema/limits';
import { parseBelgianPhone } from '../../schema/phone';
import type { LocalizedText } from '../../schema/problems';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: LocalizedText };

/** How a field shows its value, reads what was typed, and tidies it on leaving the field. */
export interface FieldRule<T> {
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  /** Applied when the field loses focus: "092167330" becomes "09 216 73 30". */
  tidy?: (value: T) => T;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: LocalizedText): Parsed<T> => ({ ok: false, error });

/** The CSV reader's reason for a bad cell, without the line and column it would name. */
function cellReason(key: CsvColumnKey, text: string): Parsed<unknown> {
  const result = parseCell(key, text);
  if (result.ok) return ok(result.value);
  return fail(
    importProblem(result.problem.code, { line: 0, row: 0 }, result.problem.value).message,
  );
}

/** An optional field checked by a CSV column's rule; empty removes the value. */
function cellRule(key: CsvColumnKey, extra?: (value: string) => LocalizedText | null) {
  return {
    format: (value: string | undefined) => value ?? '',
    parse: (text: string): Parsed<string | undefined> => {
      const trimmed = text.trim();
      if (trimmed === '') return ok(undefined);
      const result = cellReason(key, trimmed);
      if (!result.ok) return result;
      const value = String(result.value);
      const problem = extra?.(value);
      return problem ? fail(problem) : ok(value);
    },
  } satisfies FieldRule<string | undefined>;
}

const TOO_LONG = (max: number): LocalizedText => ({
  nl: `Te lang: hoogstens ${max} tekens.`,
  en: `Too long: at most ${max} characters.`,
});

const CONTROL: LocalizedText = {
  nl: 'Bevat een onzichtbaar stuurteken; alleen tab en regeleinde zijn toegelaten.',
  en: 'Holds an invisible control character; only tab and line break are allowed.',
};

/** What every text must be: not too long, no control characters; line ends as LF. */
function checkedText(text: string, max: number): Parsed<string> {
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

/** A Belgian number, as typed while typing and in the usual grouping afterwards. */
export const phoneNumber: FieldRule<string> = {
  format: (value) => value,
  parse: (text) => {
    const trimmed = text.trim();
    if (parseBelgianPhone(trimmed)) return ok(trimmed);
    return fail(importProblem('phone-invalid', { line: 0, row: 0 }, trimmed).message);
  },
  tidy: (value) => parseBelgianPhone(value)?.display ?? value,
};

const HTTP_ONLY: LocalizedText = {
  nl: 'Alleen een webadres dat met https:// of http:// begint.',
  en: 'Only a web address starting with https:// or http://.',
};

/** Website and Sociale Kaart: only http(s), as isSafeLink parses it. */
export const webLink = cellRule('website', (value) =>
  /^https?:\/\//i.test(value) ? null : HTTP_ONLY,
);
export const email = cellRule('email');
/** 0123.456.789; also typed without dots or the leading 0. */
export const kbo = cellRule('kbo');

/** Months for an age bound: a whole number from -9 to 1200, or empty. */
export const months: FieldRule<number | undefined> = {
  format: (value) => (value === undefined ? '' : String(value)),
  parse: (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return ok(undefined);
    const result = cellReason('ageFrom', trimmed);
    return result.ok ? ok(Number(result.value)) : result;
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

/** An id (of a criterion, say): the schema's form, and not one of `taken`. */
export function idRule(taken: ReadonlySet<string>): FieldRule<string> {
  return {
    format: (value) => value,
    parse: (text) => {
      const id = text.trim();
      const form = cellReason('id', id);
      if (!form.ok) return form;
      return taken.has(id)
        ? fail({ nl: `De id '${id}' bestaat hier al.`, en: `The id '${id}' already exists here.` })
        : ok(id);
    },
  };
}

/** Today as the schema's date (JJJJ-MM-DD), in the user's own time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
