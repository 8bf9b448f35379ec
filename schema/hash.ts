// The content hash of a card: what `origin.hash` and `release.hash` hold, so a
// regional card can say exactly which base it was made from and anyone can
// check that a published release is the content it claims to be.
//
// canonicalJson is RFC 8785 (JSON Canonicalization Scheme) for the values a
// card can hold: object keys sorted by UTF-16 code units, no whitespace,
// strings and numbers as ECMAScript's JSON.stringify writes them (which is
// what RFC 8785 prescribes). Array order is kept: it means something in a card
// (the order of steps in a list, of entries in a section).

/**
 * Top-level fields left out of the content hash, and why:
 * - `$schema`: where an editor finds the schema file; it says nothing about the content
 *   and differs between a card in samples/ and the same card elsewhere.
 * - `release`: the publication record, which holds the hash itself; a release of the
 *   same content under another version number or date is the same content.
 * Everything else counts, `origin` included: taking a base update changes a regional card.
 */
export const HASH_EXCLUDED_FIELDS: readonly string[] = ['$schema', 'release'];

function canonicalValue(value: unknown, path: string): string | undefined {
  const type = typeof value;
  // Like JSON.stringify, a property whose value is undefined is absent.
  if (type === 'undefined') return undefined;
  if (
    value === null ||
    type === 'string' ||
    type === 'boolean' ||
    (type === 'number' && Number.isFinite(value))
  )
    return JSON.stringify(value);
  // A card is JSON: NaN, Infinity or a function cannot come from a file. Refuse
  // them rather than hash them as null, which would make two contents equal.
  if (type !== 'object') throw new TypeError(`Not a JSON value at ${path || '/'}`);
  const record = value as Record<string, unknown>;
  // Written compactly: this module is in the viewer, which checks releases.
  const members = Array.isArray(value)
    ? value.map((item: unknown, i) => canonicalValue(item, `${path}/${i}`) ?? 'null')
    : Object.keys(record)
        .sort()
        .flatMap((key) => {
          const text = canonicalValue(record[key], `${path}/${key}`);
          return text === undefined ? [] : [JSON.stringify(key) + ':' + text];
        });
  // An array's default string is its items joined by commas.
  return Array.isArray(value) ? `[${members}]` : `{${members}}`;
}

/** The canonical JSON text of a value: sorted keys, no whitespace, the same for equal content. */
export function canonicalJson(value: unknown): string {
  return canonicalValue(value, '') ?? 'null';
}

/** The card without the fields that do not count as its content (HASH_EXCLUDED_FIELDS). */
function hashedContent(card: object): Record<string, unknown> {
  const content: Record<string, unknown> = { ...card };
  for (const field of HASH_EXCLUDED_FIELDS) delete content[field];
  return content;
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 (lower-case hex) of a text's UTF-8 bytes, with the Web Crypto API of Node 20+ and browsers. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

/**
 * The content hash of a card: SHA-256 of the canonical JSON of the card without
 * `$schema` and `release`. Two cards with the same hash have the same content,
 * whatever their key order or formatting.
 */
export async function contentHash(card: object): Promise<string> {
  return sha256Hex(canonicalJson(hashedContent(card)));
}

/**
 * Whether a released card is the content its `release.hash` says: true or false,
 * or null when there is nothing to check (no release) or no way to (the Web
 * Crypto API exists only in secure contexts: not on a plain-http page).
 */
export async function releaseIntact(card: {
  schemaVersion?: unknown;
  release?: { hash?: unknown } | undefined;
}): Promise<boolean | null> {
  const hash = card.release?.hash;
  if (typeof hash !== 'string' || !globalThis.crypto?.subtle) return null;
  // A release written in an older format is migrated on load. Migrations so far
  // change only the version number of a published card, so it is checked as it
  // was written: with each older version number in turn.
  const newest = typeof card.schemaVersion === 'number' ? card.schemaVersion : 1;
  for (let version = newest; version >= 1; version--)
    if ((await contentHash({ ...card, schemaVersion: version })) === hash) return true;
  return (await contentHash(card)) === hash;
}
