// Step one of the load path: from bytes or text to a plain JSON value, refusing
// what is empty, too large, too deep or not JSON before anything else looks at it.
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
 * Depth of an already-parsed value (from the database or an import in memory),
 * iterative so that a hostile value cannot overflow the stack.
 */
export function valueDepth(value: unknown, limit = MAX_DEPTH): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Object.values(v)) stack.push([child, depth]);
  }
  return max;
}
