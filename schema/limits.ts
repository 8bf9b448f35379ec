// The schema's limits that code outside the validator needs (the studio's
// fields check as the user types, the CSV reader stops reading), in one place.
// tests/unit/limits.test.ts checks each against kindreflex.schema.json.

/** shortText: names and titles. */
export const SHORT_TEXT_MAX = 300;
/** longText: running text. */
export const LONG_TEXT_MAX = 5000;
/** A node's width in pixels. */
export const NODE_WIDTH_MIN = 40;
export const NODE_WIDTH_MAX = 5000;
/** Partners in a directory. */
export const MAX_PARTNERS = 5000;

/** What the text definitions refuse: control characters other than tab and newline. */
// oxlint-disable-next-line no-control-regex -- matching them is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f]/g;

export const hasControlCharacter = (text: string): boolean => {
  CONTROL_CHARACTERS.lastIndex = 0;
  return CONTROL_CHARACTERS.test(text);
};

/** The text without the control characters the schema refuses. */
export const withoutControlCharacters = (text: string): string =>
  text.replace(CONTROL_CHARACTERS, '');

/** A text as one short line for quoting in a message: no control characters, spaces folded. */
export function oneLine(text: string, max = 40): string {
  const line = withoutControlCharacters(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** Windows and old Mac line ends as LF, where text enters (paste, import, CSV). */
export const normalizeLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * Every text in a parsed JSON value with LF line ends (a copy; own keys only):
 * a card saved on Windows is read rather than refused for its carriage returns.
 * Below `depth` levels the value is left as it is: the load path refuses it.
 */
export function normalizeLineEndsIn(value: unknown, depth = 64): unknown {
  if (typeof value === 'string') return normalizeLineEnds(value);
  if (value === null || typeof value !== 'object' || depth <= 0) return value;
  if (Array.isArray(value)) return value.map((item) => normalizeLineEndsIn(item, depth - 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    Object.defineProperty(copy, key, {
      value: normalizeLineEndsIn((value as Record<string, unknown>)[key], depth - 1),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  return copy;
}
