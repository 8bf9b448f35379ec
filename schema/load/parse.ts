// Step one of the load path: from bytes or text to a plain JSON value, refusing
// what is empty, too large, too deep or not JSON before anything else looks at it.
import { pointer } from '../pointer';
import { problem, type Problem } from '../problems';

export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_DEPTH = 64;

export type ParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

const fail = (p: Problem): ParseResult => ({ ok: false, problems: [p] });

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}

/** Refuse by size before reading: callers with a File can check `file.size` first. */
export function sizeProblem(bytes: number): Problem | null {
  return bytes > MAX_BYTES
    ? problem('too-large', 'error', '', { size: formatBytes(bytes), limit: formatBytes(MAX_BYTES) })
    : null;
}

/**
 * Deepest nesting of arrays and objects in JSON text, found by a single scan that
 * skips strings. Stops counting once past `limit`, so absurd files cost little.
 */
export function jsonTextDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function syntaxErrorWhere(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `op regel ${lc[1]}, kolom ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const { line, column } = lineAndColumn(text, Number(pos[1]));
    return `op regel ${line}, kolom ${column}`;
  }
  if (/end of (JSON )?(input|data)/i.test(message))
    return 'aan het einde: het bestand houdt te vroeg op';
  return '';
}

function decodeBytes(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export function parseJsonText(input: string | Uint8Array | ArrayBuffer): ParseResult {
  const byteLength =
    typeof input === 'string'
      ? input.length
      : input instanceof ArrayBuffer
        ? input.byteLength
        : input.length;
  const tooLarge = sizeProblem(byteLength);
  if (tooLarge) return fail(tooLarge);
  let text =
    typeof input === 'string'
      ? input
      : decodeBytes(input instanceof ArrayBuffer ? new Uint8Array(input) : input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(problem('empty', 'error', ''));
  if (jsonTextDepth(text) > MAX_DEPTH)
    return fail(problem('too-deep', 'error', '', { limit: MAX_DEPTH }));
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(problem('not-json', 'error', '', { where: syntaxErrorWhere(text, error) }));
  }
}

/**
 * Keys that mean something to JavaScript itself rather than to a card. JSON.parse
 * makes "__proto__" an own property, harmless until code that copies or patches
 * objects assigns it and so changes an object's prototype (prototype pollution);
 * "constructor" and "prototype" are the other two doors to the same place.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | null;
  key: string | number;
}

/** The JSON pointer of a visit, built only when a problem needs it. */
function pointerOf(visit: Visit): string {
  const tokens: (string | number)[] = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) tokens.push(v.key);
  return pointer(...tokens.reverse());
}

/**
 * The shape an already-parsed value (from the database, memory or JSON.parse)
 * must have before anything else reads it: nested at most MAX_DEPTH levels and
 * without a key from FORBIDDEN_KEYS anywhere. One iterative walk over own keys
 * only, so that a hostile value can neither overflow the stack nor hide a key in
 * a prototype. Returns the first problem, or null.
 */
export function shapeProblem(value: unknown, limit = MAX_DEPTH): Problem | null {
  const stack: Visit[] = [{ value, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const v = visit.value;
    if (v === null || typeof v !== 'object') continue;
    const depth = visit.depth + 1;
    if (depth > limit) return problem('too-deep', 'error', '', { limit });
    if (Array.isArray(v)) {
      v.forEach((child: unknown, i) => {
        if (child !== null && typeof child === 'object')
          stack.push({ value: child, depth, parent: visit, key: i });
      });
      continue;
    }
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const where = pointerOf({ value: null, depth, parent: visit, key });
        return problem('forbidden-key', 'error', where, { key });
      }
      const child = record[key];
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth, parent: visit, key });
    }
  }
  return null;
}
