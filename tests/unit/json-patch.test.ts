// The version history's JSON patches: any two JSON values, with any keys
// (prototype names, pointer escapes, empty), go from one to the other and
// back exactly, and applying a patch never reaches Object.prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, diffJson } from '../../editor/versions/json-patch';
import { jsonEqual } from '../../schema/json-equal';

/** Keys a hostile or unlucky document may hold, and ordinary ones. */
const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'length', '', '~', '/', '0'),
  fc.string({ maxLength: 6 }),
);

/** An object with these own keys, made without assignment (which would set a prototype). */
function ownObject(entries: [string, unknown][]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(record, k, {
      value: v,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  return record;
}

const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 5 })),
    fc.array(tie('json'), { maxLength: 5 }),
    fc.array(fc.tuple(key, tie('json')), { maxLength: 5 }).map(ownObject),
  ),
}));

/** The same value, slightly changed: how consecutive versions of a card relate. */
const pair = json.chain((before) =>
  fc.tuple(fc.constant(before), fc.oneof(json, fc.constant(structuredClone(before)))),
);

describe('diffJson and applyJsonPatch', () => {
  it('round-trips any two values, both ways', () => {
    fc.assert(
      fc.property(pair, ([before, after]) => {
        expect(jsonEqual(applyJsonPatch(before, diffJson(before, after)), after)).toBe(true);
        expect(jsonEqual(applyJsonPatch(after, diffJson(after, before)), before)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves its input as it was', () => {
    fc.assert(
      fc.property(pair, ([before, after]) => {
        const copy = structuredClone(before);
        applyJsonPatch(before, diffJson(before, after));
        expect(jsonEqual(before, copy)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a "__proto__" key is added as an own property and pollutes nothing', () => {
    const after = JSON.parse('{"a":{"__proto__":{"polluted":true}}}') as object;
    const ops = diffJson({ a: {} }, after);
    expect(ops).toEqual([{ op: 'add', path: '/a/__proto__', value: { polluted: true } }]);
    const result = applyJsonPatch({ a: {} }, ops) as { a: object };
    expect(Object.keys(result.a)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.a)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never walks into an inherited property', () => {
    expect(() =>
      applyJsonPatch({}, [{ op: 'add', path: '/constructor/prototype/polluted', value: 1 }]),
    ).toThrow(/No such place/);
    expect(() =>
      applyJsonPatch({}, [{ op: 'add', path: '/__proto__/polluted', value: 1 }]),
    ).toThrow(/No such place/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A key named like an inherited one is an ordinary key.
    expect(diffJson({ constructor: 1 }, {})).toEqual([{ op: 'remove', path: '/constructor' }]);
    expect(diffJson({}, { constructor: 1 })).toEqual([
      { op: 'add', path: '/constructor', value: 1 },
    ]);
  });

  it('refuses array indexes that are not plain numbers', () => {
    for (const path of ['/a/', '/a/01', '/a/-1', '/a/1e0'])
      expect(() => applyJsonPatch({ a: [1] }, [{ op: 'replace', path, value: 2 }])).toThrow();
  });
});
