// One automatic fix per kind of problem the load path refuses, for repair mode
// (repair-card.ts): each says what it does in Dutch and English, so the user
// sees every change before it is made. Fixes never invent content: they cut,
// clamp, strip, drop what cannot stay, or put back an old title.
import type { AjvError } from '../generated/validate-card';
import { oneLine } from '../limits';
import { escapePointerToken, parsePointer } from '../pointer';
import type { LocalizedText, Problem } from '../problems';

export type Json = Record<string, unknown>;

/** A change to the document, described before it is made. */
export interface Fix {
  pointer: string;
  what: LocalizedText;
  /** Removes the value (a field, or an item of a list); applied after the others. */
  remove?: boolean;
  /** Sets the value. */
  value?: unknown;
}

/** Texts that must not be empty: when missing or emptied, they get this placeholder. */
const REQUIRED_TEXTS = new Set(['title', 'name', 'organisation', 'text', 'label']);
const PLACEHOLDER = '(zonder naam)';

const short = (value: unknown): string =>
  `'${oneLine(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)))}'`;

export function valueAt(doc: unknown, pointer: string): unknown {
  let value = doc;
  for (const key of parsePointer(pointer)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, key) ? (value as Json)[key] : undefined;
  }
  return value;
}

const parentIsList = (doc: unknown, pointer: string): boolean =>
  Array.isArray(valueAt(doc, pointer.slice(0, pointer.lastIndexOf('/'))));

const lastKey = (pointer: string): string => parsePointer(pointer).at(-1) ?? '';

/** An empty or unusable value: dropped where it may be missing, else a placeholder. */
function dropOrName(doc: unknown, pointer: string, why: LocalizedText, title?: string): Fix {
  const key = lastKey(pointer);
  if (pointer === '/title') {
    const name = title ?? PLACEHOLDER;
    return {
      pointer,
      value: name,
      what: title
        ? {
            nl: `${why.nl}: de titel van de laatste versie, '${name}'`,
            en: `${why.en}: the title of the last version, '${name}'`,
          }
        : { nl: `${why.nl}: '${name}'`, en: `${why.en}: '${name}'` },
    };
  }
  if (
    !parentIsList(doc, pointer) &&
    REQUIRED_TEXTS.has(key) &&
    !/\/flow\/nodes\/\d+\/title$/.test(pointer)
  )
    return {
      pointer,
      value: PLACEHOLDER,
      what: { nl: `${why.nl}: '${PLACEHOLDER}'`, en: `${why.en}: '${PLACEHOLDER}'` },
    };
  return {
    pointer,
    remove: true,
    what: { nl: `${why.nl}: weggelaten`, en: `${why.en}: left out` },
  };
}

/** The fix for one schema error, or null when there is none that keeps the content honest. */
export function schemaFix(doc: unknown, error: AjvError, title?: string): Fix | null {
  const p = error.params;
  const pointer = error.instancePath;
  const value = valueAt(doc, pointer);
  switch (error.keyword) {
    case 'minLength':
      return dropOrName(doc, pointer, { nl: 'lege tekst', en: 'empty text' }, title);
    case 'required': {
      const missing = String(p.missingProperty);
      if (!REQUIRED_TEXTS.has(missing)) return null;
      const at = `${pointer}/${escapePointerToken(missing)}`;
      return dropOrName(doc, at, { nl: 'ontbrekende tekst', en: 'missing text' }, title);
    }
    case 'maxLength': {
      if (typeof value !== 'string') return null;
      const limit = Number(p.limit);
      return {
        pointer,
        value: value.slice(0, limit - 1) + '…',
        what: { nl: `ingekort tot ${limit} tekens`, en: `cut to ${limit} characters` },
      };
    }
    case 'minimum':
    case 'maximum': {
      if (typeof value !== 'number') return null;
      const limit = Number(p.limit);
      return {
        pointer,
        value: limit,
        what: { nl: `${value} vervangen door ${limit}`, en: `${value} replaced by ${limit}` },
      };
    }
    case 'type':
      if (p.type === 'integer' && typeof value === 'number' && Number.isFinite(value))
        return { pointer, value: Math.round(value), what: { nl: 'afgerond', en: 'rounded' } };
      return null;
    case 'maxItems': {
      if (!Array.isArray(value)) return null;
      const limit = Number(p.limit);
      const dropped = value.length - limit;
      return {
        pointer,
        value: value.slice(0, limit),
        what: {
          nl: `de laatste ${dropped} weggelaten (hoogstens ${limit})`,
          en: `the last ${dropped} left out (at most ${limit})`,
        },
      };
    }
    case 'uniqueItems':
      if (!Array.isArray(value)) return null;
      return {
        pointer,
        value: [...new Set(value)],
        what: { nl: 'dubbele vermeldingen weggelaten', en: 'duplicates left out' },
      };
    case 'pattern':
    case 'format':
    case 'enum': {
      // An optional value of the wrong form (a link, a date, a way in) is dropped;
      // ids and required values are not guessed at.
      const key = lastKey(pointer);
      if (['id', 'kind', 'partner', 'source', 'target', 'hash', 'publishedAt'].includes(key))
        return null;
      if (parentIsList(doc, pointer)) return null;
      return {
        pointer,
        remove: true,
        what: {
          nl: `ongeldige waarde ${short(value)} weggelaten`,
          en: `invalid value ${short(value)} left out`,
        },
      };
    }
    default:
      return null;
  }
}

/** The fix for an integrity problem: dangling arrows go, later duplicates get a new id. */
export function integrityFix(doc: unknown, problem: Problem, taken: Set<string>): Fix | null {
  if (problem.code === 'edge-missing-node') {
    const edge = problem.pointer.replace(/\/(source|target)$/, '');
    return {
      pointer: edge,
      remove: true,
      what: {
        nl: `pijl naar een knoop die niet bestaat (${short(valueAt(doc, problem.pointer))}) weggelaten`,
        en: `arrow to a node that does not exist (${short(valueAt(doc, problem.pointer))}) left out`,
      },
    };
  }
  if (problem.code === 'duplicate-id') {
    const id = String(valueAt(doc, problem.pointer));
    let n = 2;
    while (taken.has(`${id}-${n}`)) n++;
    const fresh = `${id}-${n}`.slice(0, 80);
    taken.add(fresh);
    return {
      pointer: problem.pointer,
      value: fresh,
      what: {
        nl: `dubbele identificatie '${id}' wordt '${fresh}'`,
        en: `duplicate id '${id}' becomes '${fresh}'`,
      },
    };
  }
  return null;
}
