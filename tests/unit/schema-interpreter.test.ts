// The viewer's validator (the card schema read as data) answers as Ajv does:
// on thousands of mutated cards the same verdict and the same errors (place,
// keyword, parameters), so the viewer's loadCard refuses exactly what the
// studio's refuses, with the same messages.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCard } from '../../bench/generate-card';
import cardSchema from '../../schema/generated/card-schema.json';
import { formats } from '../../schema/load/formats';
import { schemaValidator } from '../../schema/load/schema-interpreter';
import { readRepoFile, sampleText } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000) / 5;

const oracle = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
  return ajv.compile(JSON.parse(readRepoFile('schema/kindreflex.schema.json')) as object);
})();
const validate = schemaValidator(cardSchema);

type Found = { instancePath: string; keyword: string; params: Record<string, unknown> };
const errorSet = (errors: readonly Found[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).sort();

function sameAnswer(doc: unknown): void {
  const expected = oracle(doc);
  expect(validate(doc)).toBe(expected);
  expect(errorSet(validate.errors)).toEqual(errorSet(oracle.errors));
}

const sample = JSON.parse(sampleText()) as unknown;
function paths(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  out.push(prefix);
  if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) paths(child, [...prefix, key], out);
  return out;
}
const samplePaths = paths(sample).filter((p) => p.length > 0);

function changed(doc: unknown, path: string[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(doc);
  let parent: unknown = copy;
  for (const token of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return copy;
    parent = (parent as Record<string, unknown>)[token];
  }
  if (parent === null || typeof parent !== 'object') return copy;
  const key = path[path.length - 1]!;
  if (remove) delete (parent as Record<string, unknown>)[key];
  else (parent as Record<string, unknown>)[key] = value;
  return copy;
}

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string(),
  fc.constantFrom('', 'x'.repeat(6000), '😀'.repeat(301), 'start', 'scenario', '2026-02-30', 42),
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe('the viewer’s schema reader', () => {
  it('accepts the sample and generated cards, as Ajv does', () => {
    for (const card of [sample, generateCard({ nodes: 300 })]) {
      expect(validate(card)).toBe(true);
      sameAnswer(card);
    }
  });

  it(`answers as Ajv on ${RUNS} mutated copies of the sample`, () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.constantFrom(...samplePaths),
            value,
            remove: fc.nat(9).map((n) => n < 3),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (mutations) => {
          let doc = sample;
          for (const m of mutations) doc = changed(doc, m.path, m.value, m.remove);
          if (!oracle(doc)) refused++;
          sameAnswer(doc);
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261130) },
    );
    expect(refused).toBeGreaterThan(RUNS * 0.3);
    // CPU-bound like the load path's fuzzing (hostile-load.test.ts): a limit for a hung test.
  }, 120_000);

  it('answers as Ajv on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), sameAnswer), {
      numRuns: RUNS / 4,
      seed: 5,
    });
  });

  it('refuses a schema with a keyword it does not know, rather than skip it', () => {
    expect(() => schemaValidator({ type: 'object', additionalProperties: false })).toThrow(
      /additionalProperties/,
    );
    expect(() => schemaValidator({ $ref: 'https://example.org/x' })).toThrow(/\$defs/);
  });
});
