// Repair mode's plan for stored cards that do not load: each fix listed with
// where it is, the result loads, the stored value is never changed, and what
// cannot be fixed is said rather than guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCardValue } from '../../schema/load/load-card';
import { planRepair } from '../../schema/repair/repair-card';
import type { Card } from '../../schema/types';
import { hostileText } from './command-inputs';
import { minimalCard, sampleCard } from './helpers';

const broken = (change: (card: Card & Record<string, unknown>) => void): unknown => {
  const card = minimalCard() as Card & Record<string, unknown>;
  change(card);
  return JSON.parse(JSON.stringify(card));
};
const steps = (raw: unknown, title?: string) =>
  planRepair(raw, title ? { title } : {}).steps.map((s) => `${s.where.nl}: ${s.what.nl}`);

describe('planRepair', () => {
  it('an empty title gets the title of the last version that had one', () => {
    const raw = broken((c) => (c.title = ''));
    const plan = planRepair(raw, { title: 'Kindreflex Gent' });
    expect(plan.problems[0]).toMatchObject({ pointer: '/title' });
    expect(plan.card?.title).toBe('Kindreflex Gent');
    expect(steps(raw, 'Kindreflex Gent')).toEqual([
      "Titel van de kaart: lege tekst: de titel van de laatste versie, 'Kindreflex Gent'",
    ]);
  });

  it('cuts over-long texts, clamps numbers, strips control characters', () => {
    const raw = broken((c) => {
      c.title = 'T'.repeat(400);
      c.flow.nodes[3]!.width = 3;
      c.flow.nodes[3]!.text = 'Bel\u0000 het VK\r\nvandaag';
    });
    const plan = planRepair(raw);
    expect(plan.card?.title).toHaveLength(300);
    expect(plan.card?.flow.nodes[3]).toMatchObject({ width: 40, text: 'Bel het VK\nvandaag' });
    expect(steps(raw)).toEqual([
      "Knoop 'Bel het VK vandaag' (nr. 4), tekst: onzichtbare stuurtekens verwijderd",
      'Titel van de kaart: ingekort tot 300 tekens',
      "Knoop 'Bel het VK vandaag' (nr. 4), breedte: 3 vervangen door 40",
    ]);
  });

  it('drops arrows to nodes that are gone, renames later duplicate ids, drops reserved keys', () => {
    const raw = JSON.parse(
      JSON.stringify(minimalCard()).replace('"flow":{', '"flow":{"__proto__":{"x":1},'),
    ) as Card;
    raw.flow.edges[0]!.target = 'weg';
    raw.flow.nodes[5]!.id = raw.flow.nodes[4]!.id;
    const plan = planRepair(raw);
    expect(plan.card).not.toBeNull();
    expect(plan.card!.flow.edges).toHaveLength(raw.flow.edges.length - 1);
    expect(plan.card!.flow.nodes[5]!.id).toBe(`${raw.flow.nodes[4]!.id}-2`);
    const said = plan.steps.map((s) => s.what.nl).join(' | ');
    expect(said).toContain('gereserveerd veld weggelaten');
    expect(said).toContain("pijl naar een knoop die niet bestaat ('weg') weggelaten");
  });

  it('a directory over the limit keeps the first 5,000 partners and says so', () => {
    const raw = broken((c) => {
      const partner = c.directory.partners[0]!;
      c.directory.partners = Array.from({ length: 5001 }, (_, i) => ({ ...partner, id: `p${i}` }));
    });
    const plan = planRepair(raw);
    expect(plan.card?.directory.partners).toHaveLength(5000);
    expect(steps(raw)).toEqual(['Partnergids, partners: de laatste 1 weggelaten (hoogstens 5000)']);
  });

  it('says what it cannot fix instead of guessing', () => {
    const newer = broken((c) => (c.schemaVersion = 99 as 2));
    expect(planRepair(newer)).toMatchObject({ card: null, steps: [] });
    expect(planRepair(newer).remaining[0]!.code).toBe('newer-version');
    const badKind = broken((c) => ((c.flow.nodes[1] as { kind: string }).kind = 'vreemd'));
    const plan = planRepair(badKind);
    expect(plan.card).toBeNull();
    expect(plan.remaining[0]).toMatchObject({ pointer: '/flow/nodes/1/kind' });
    expect(planRepair('geen kaart').card).toBeNull();
  });

  it('never changes the stored value, and a card that loads needs no repair', () => {
    const raw = broken((c) => (c.title = ''));
    const before = JSON.stringify(raw);
    planRepair(raw, { title: 'x' });
    expect(JSON.stringify(raw)).toBe(before);
    expect(planRepair(minimalCard())).toMatchObject({ steps: [], remaining: [] });
  });

  it('whatever is broken, it never throws, and a repaired card always loads', () => {
    const sample = sampleCard();
    const paths: string[][] = [];
    const walk = (v: unknown, p: string[]) => {
      paths.push(p);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...p, k]);
    };
    walk(sample, []);
    const mutation = fc.tuple(
      fc.constantFrom(...paths.filter((p) => p.length > 0)),
      fc.oneof(hostileText, fc.integer(), fc.constant(undefined), fc.constant(null)),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const raw = structuredClone(sample) as unknown as Record<string, unknown>;
        for (const [path, value] of mutations) {
          let parent: unknown = raw;
          for (const key of path.slice(0, -1))
            parent = parent && typeof parent === 'object' ? (parent as never)[key] : undefined;
          if (parent && typeof parent === 'object')
            (parent as Record<string, unknown>)[path.at(-1)!] = value;
        }
        const plan = planRepair(raw, { title: 'Oude titel' });
        if (plan.card) expect(loadCardValue(plan.card).ok).toBe(true);
        else expect(plan.remaining.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
