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
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // A card is JSON: NaN and Infinity cannot come from a file. Refuse them
      // rather than hash them as null, which would make two contents equal.
      if (!Number.isFinite(value)) throw new TypeError(`Not a JSON number at ${path || '/'}`);
      return JSON.stringify(value);
    case 'undefined':
      return undefined;
    case 'object':
      break;
    default:
      throw new TypeError(`Not a JSON value (${typeof value}) at ${path || '/'}`);
  }
  if (Array.isArray(value))
    return (
      '[' + value.map((item, i) => canonicalValue(item, `${path}/${i}`) ?? 'null').join(',') + ']'
    );
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const text = canonicalValue(record[key], `${path}/${key}`);
    // Like JSON.stringify, a property whose value is undefined is absent.
    if (text !== undefined) members.push(JSON.stringify(key) + ':' + text);
  }
  return '{' + members.join(',') + '}';
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
