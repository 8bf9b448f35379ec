import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, HASH_EXCLUDED_FIELDS, sha256Hex } from '../../schema/hash';
import { minimalCard } from './helpers';

/** The same value with its keys in another order, at every level. */
function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v)]));
}

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: 'z' } })).toBe(
      '{"a":{"c":"z","d":[3,{"x":2,"y":1}]},"b":1}',
    );
  });

  it('writes numbers and strings as RFC 8785 does', () => {
    expect(canonicalJson([1.5, -0, 1e21, 0.1, 'é\u2028"\\', '\u0001'])).toBe(
      '[1.5,0,1e+21,0.1,"é\u2028\\"\\\\","\\u0001"]',
    );
  });

  it('leaves out properties set to undefined, like the JSON text would', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('refuses what JSON cannot hold rather than hashing it as null', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(/\/a/);
    expect(() => canonicalJson([Infinity])).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });

  it('is the same for the same content whatever the key order, and parses back to it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(shuffleKeys(value))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('contentHash', () => {
  it('is SHA-256 in lower-case hex', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await contentHash(minimalCard())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores $schema, release and key order; anything else changes it', async () => {
    expect(HASH_EXCLUDED_FIELDS).toEqual(['$schema', 'release']);
    const card = minimalCard();
    const hash = await contentHash(card);
    const published = {
      ...card,
      $schema: '../schema/kindreflex.schema.json',
      release: { version: '1', publishedAt: '2026-11-28T10:00:00Z', hash },
    };
    expect(await contentHash(published)).toBe(hash);
    expect(await contentHash(shuffleKeys(card) as object)).toBe(hash);
    expect(await contentHash({ ...card, title: card.title + '.' })).not.toBe(hash);
    const moved = structuredClone(card);
    moved.flow.nodes[0]!.position.x += 1;
    expect(await contentHash(moved)).not.toBe(hash);
  });

  it('does not change the card it hashes', async () => {
    const card = { ...minimalCard(), release: { version: '1', publishedAt: 'x', hash: 'y' } };
    const before = JSON.stringify(card);
    await contentHash(card);
    expect(JSON.stringify(card)).toBe(before);
  });
});
