// A CSV import never gives a card the load path would refuse: the reader stops
// at the number of partners a card can hold, and the plan checks its result
// with the same refusal function as the document store.
import { describe, expect, it } from 'vitest';
import { parseDirectoryCsv, planDirectoryImport, type ParsedDirectory } from '../../schema/csv';
import { MAX_PARTNERS } from '../../schema/limits';
import { minimalCard } from './helpers';

const rows = (n: number) =>
  [
    'organisatie;telefoon',
    ...Array.from({ length: n }, (_, i) => `Partner ${i};09 216 73 30`),
  ].join('\r\n') + '\r\n';

describe('CSV limits', () => {
  it('5,000 partners import; 5,001 are refused with a clear Dutch message', () => {
    expect(
      planDirectoryImport(minimalCard(), parseDirectoryCsv(rows(MAX_PARTNERS))).applicable,
    ).toBe(true);
    const parsed = parseDirectoryCsv(rows(MAX_PARTNERS + 1));
    const plan = planDirectoryImport(minimalCard(), parsed);
    expect(plan.applicable).toBe(false);
    expect(plan.problems[0]!.message.nl).toBe(
      'Regel 5002: Het bestand heeft meer dan 5.000 partners; een kaart kan er hoogstens 5.000 bevatten. Het lezen is hier gestopt. Verdeel de partners over meer kaarten of laat rijen weg.',
    );
  });

  it('stops reading at the limit: 20,000 rows cost what 5,000 do', () => {
    const started = performance.now();
    const parsed = parseDirectoryCsv(rows(20_000));
    expect(parsed.rows.length).toBeLessThanOrEqual(MAX_PARTNERS);
    expect(planDirectoryImport(minimalCard(), parsed).applicable).toBe(false);
    // Generous: it is the reading of 15,000 rows more that must not happen (26 s before).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('blank lines and a trailing newline do not count as partners', () => {
    const text = rows(MAX_PARTNERS).replace('Partner 3;', '\r\n\r\nPartner 3;') + '\r\n\r\n';
    const parsed = parseDirectoryCsv(text);
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed.rows).toHaveLength(MAX_PARTNERS);
  });

  it('a limit the cells do not show is still checked on the result (the same refusal as the store)', () => {
    // A parsed file as a worker might hand it over: more rows than a card holds.
    const parsed: ParsedDirectory = {
      separator: ';',
      columns: ['organisation'],
      problems: [],
      rows: Array.from({ length: MAX_PARTNERS + 1 }, (_, i) => ({
        line: i + 2,
        row: i + 2,
        values: { organisation: `Partner ${i}` },
      })),
    };
    const plan = planDirectoryImport(minimalCard(), parsed);
    expect(plan.applicable).toBe(false);
    expect(plan.problems.map((p) => p.message.nl)).toContain(
      'Waarde niet toegelaten: Partnergids, partners: Hoogstens 5000 elementen.',
    );
  });
});
