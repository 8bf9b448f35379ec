// What a directory field accepts, checked as the user types, with the reason
// in Dutch and English. The CSV reader's cell rules (schema/csv/columns.ts) are
// the same rules, so a number the editor accepts is one the import accepts and
// the reasons read alike. Only a value that passes ever reaches the card: a
// card that fails the schema could not be opened again.
import { parseCell, type CsvColumnKey } from '../../schema/csv/columns';
import { importProblem } from '../../schema/csv/messages';
import { parseBelgianPhone } from '../../schema/phone';
import type { LocalizedText } from '../../schema/problems';
import { fail, ok, type FieldRule, type Parsed } from './text-rules';

export * from './text-rules';

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
