// Export then import plans no change, for any directory: texts with
// separators, quotes, line breaks and formula signs, several numbers with
// labels, age ranges, roles, regions and sections with their way in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDirectoryImport,
  directoryToCsv,
  parseDirectoryCsv,
  planDirectoryImport,
  readCsv,
  writeCsv,
} from '../../schema/csv';
import type { Audience, Card, Partner, Section, WayIn } from '../../schema/types';
import { sampleCard } from './regional-scenario';

const base = sampleCard();
const AUDIENCES: Audience[] = ['ouders', 'professionals', 'beide'];
const WAYS: WayIn[] = ['brede-instap', 'via-contactpersoon', 'consult', 'aanmelding'];
const text = fc.string({
  unit: fc.constantFrom('a', 'B', 'é', ' ', ';', ',', '"', '\n', '=', '+', '-', '@', "'", '(', ':'),
  maxLength: 12,
});
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const partner = (id: string): fc.Arbitrary<Partner> =>
  fc
    .record({
      organisation: text.map((t) => `Org ${t}`),
      service: optional(text),
      audience: optional(fc.constantFrom(...AUDIENCES)),
      wayIn: optional(fc.constantFrom(...WAYS)),
      phones: optional(
        fc.array(
          fc.record({
            number: fc.constantFrom('09 216 73 30', '+32 470 12 34 56', '101', '055/31.38.62'),
            label: optional(fc.constantFrom('Gent', 'Oudenaarde, centrum', 'Dringende hulp')),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      ),
      email: optional(fc.constantFrom('info@fara.be', 'a.b@clb.example.be')),
      website: optional(fc.constantFrom('https://www.fara.be/', 'http://x.be/a;b,c?d="e"')),
      ageRange: optional(
        fc
          .tuple(
            optional(fc.integer({ min: -9, max: 40 })),
            optional(fc.nat(200)),
            optional(text.map((t) => `n${t}`)),
          )
          .map(([from, span, note]) => ({
            ...(from !== undefined ? { fromMonths: from } : {}),
            ...(span !== undefined ? { toMonths: (from ?? 0) + span } : {}),
            ...(note !== undefined ? { note } : {}),
          })),
      ),
      municipalities: optional(
        fc.subarray(['Gent', 'Sint-Lievens-Houtem', 'Zwalm'], { minLength: 1 }),
      ),
      roles: optional(
        fc.subarray(
          base.roles.map((r) => r.id),
          { minLength: 1 },
        ),
      ),
      regions: optional(fc.constant(['zuid-oost-vlaanderen'])),
      lastChecked: optional(fc.constantFrom('2021-07-01', '2026-02-28')),
      socialeKaart: optional(fc.constant('https://www.desocialekaart.be/x')),
      kbo: optional(fc.constantFrom('0412.345.678', '1234.567.890')),
      note: optional(text),
    })
    .map((fields) => {
      const p: Record<string, unknown> = { id };
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) p[k] = v;
      return p as Partner;
    });

type EntryPick = [partner: number, section: number, wayIn?: WayIn, note?: string];

/** Partners and section entries; the card is built in the property, so a failure prints small. */
const directory = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    partners: fc.tuple(...Array.from({ length: n }, (_, i) => partner(`p${i}`))),
    entries: fc.array(
      fc.tuple(fc.nat(n), fc.nat(2), optional(fc.constantFrom(...WAYS)), optional(text)),
      { maxLength: 8 },
    ),
  }),
);

function cardWith(partners: Partner[], entries: EntryPick[]): Card {
  const card = structuredClone(base);
  card.directory.partners = partners;
  card.directory.sections = card.directory.sections.map((s): Section => ({ ...s, entries: [] }));
  for (const [p, s, wayIn, note] of entries) {
    const section = card.directory.sections[s]!;
    const id = partners[p]?.id;
    if (!id || section.entries.some((e) => e.partner === id)) continue;
    section.entries.push({ partner: id, ...(wayIn ? { wayIn } : {}), ...(note ? { note } : {}) });
  }
  return card;
}

describe('directory CSV: properties', () => {
  it('export, parse and plan on the same card give no change, and applying gives the card', () => {
    fc.assert(
      fc.property(directory, ({ partners, entries }) => {
        const card = cardWith(partners, entries);
        const plan = planDirectoryImport(card, parseDirectoryCsv(directoryToCsv(card)));
        expect(plan.problems).toEqual([]);
        expect([plan.added, plan.changed, plan.removed]).toEqual([[], [], []]);
        expect(applyDirectoryImport(card, plan)).toEqual(card);
      }),
      { numRuns: 300 },
    );
  });

  it('gives no change either after a spreadsheet saves it with "," or tabs, LF and no byte-order mark', () => {
    fc.assert(
      fc.property(
        directory,
        fc.constantFrom(',' as const, '\t' as const),
        ({ partners, entries }, separator) => {
          const card = cardWith(partners, entries);
          const { records } = readCsv(directoryToCsv(card).slice(1), ';');
          const saved = writeCsv(
            records.map((r) => r.cells),
            separator,
          ).replace(/\r\n/g, '\n');
          const plan = planDirectoryImport(card, parseDirectoryCsv(saved));
          expect(plan.problems).toEqual([]);
          expect([plan.added, plan.changed, plan.removed]).toEqual([[], [], []]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
