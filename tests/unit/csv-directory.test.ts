// The directory as CSV: export, read back, plan and apply.
import { describe, expect, it } from 'vitest';
import {
  applyDirectoryImport,
  directoryToCsv,
  parseDirectoryCsv,
  planDirectoryImport,
  type ImportProblem,
} from '../../schema/csv';
import { cardProblems } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { minimalCard, NOW } from './helpers';
import { sampleCard } from './regional-scenario';

const card = sampleCard();
const HEADER =
  'id;organisatie;dienst;doelgroep;toegangsweg;telefoon;e-mail;website;leeftijd van (maanden);' +
  "leeftijd tot (maanden);leeftijd toelichting;gemeenten;rollen;regio's;secties;" +
  'laatst gecontroleerd;sociale kaart;KBO;opmerking';
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');
const problemsOf = (csv: string, on: Card = card): ImportProblem[] =>
  planDirectoryImport(on, parseDirectoryCsv(csv)).problems;
const plan = (csv: string, on: Card = card) => planDirectoryImport(on, parseDirectoryCsv(csv));

describe('directoryToCsv', () => {
  const csv = directoryToCsv(card);

  it('writes UTF-8 with a byte-order mark, ";" and CRLF, one row per partner', () => {
    expect(csv.startsWith('\uFEFF' + HEADER + '\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lines(csv)).toHaveLength(card.directory.partners.length + 2);
  });

  it('puts several numbers with their labels in one cell, and the sections with their way in', () => {
    const row = lines(csv).find((l) => l.startsWith('vclb-zuid-oost-vlaanderen;'))!;
    expect(row).toContain(';"055 31 38 62 (Oudenaarde); 09 361 14 01 (Zottegem)";');
    expect(row).toContain(';"ouders: via contactpersoon; professionals: brede instap";');
    expect(row).toContain(';30;;"leerlingen, vanaf ongeveer 2,5 jaar tot ze de school verlaten";');
    expect(lines(csv).find((l) => l.startsWith('fara;'))).toContain(';-9;0;');
  });

  it('keeps a spreadsheet from reading a cell as a formula', () => {
    const risky = structuredClone(card);
    risky.directory.partners[0]!.phones = [{ number: '+32 9 216 73 30' }];
    risky.directory.partners[0]!.note = '=HYPERLINK("https://kwaad.example")';
    const row = lines(directoryToCsv(risky))[1]!;
    expect(row).toContain(";'+32 9 216 73 30;");
    expect(row).toContain(';"\'=HYPERLINK(""https://kwaad.example"")"');
    expect(plan(directoryToCsv(risky), risky)).toMatchObject({ changed: [], problems: [] });
  });
});

describe('export, then import of the same card', () => {
  it.each([
    ['the Zuid-Oost-Vlaanderen card', card],
    ['the minimal card', minimalCard()],
  ])('plans no change for %s', (_, which) => {
    const result = plan(directoryToCsv(which), which);
    expect(result).toMatchObject({
      added: [],
      changed: [],
      removed: [],
      problems: [],
      changes: [],
    });
    expect(result.applicable).toBe(true);
    expect(applyDirectoryImport(which, result)).toEqual(which);
  });
});

describe('parseDirectoryCsv: what a spreadsheet saves back', () => {
  it('reads ",", LF, no byte-order mark, English headers in another order and Excel dates', () => {
    const csv =
      'organisation,id,last checked,phone\n' +
      'Fara,fara,28/11/2026,"09 216 73 30 (Gent); 0470 12 34 56"\n' +
      ',,,\n' +
      'Echo,echo,1/07/2021,\n';
    const parsed = parseDirectoryCsv(csv);
    expect(parsed.separator).toBe(',');
    expect(parsed.problems).toEqual([]);
    expect(parsed.columns).toEqual(['organisation', 'id', 'lastChecked', 'phones']);
    expect(parsed.rows.map((r) => [r.line, r.values])).toEqual([
      [
        2,
        {
          organisation: 'Fara',
          id: 'fara',
          lastChecked: '2026-11-28',
          phones: [{ number: '09 216 73 30', label: 'Gent' }, { number: '0470 12 34 56' }],
        },
      ],
      [4, { organisation: 'Echo', id: 'echo', lastChecked: '2021-07-01' }],
    ]);
  });

  it('reads the bytes of a Windows-1252 file with tabs', () => {
    const text = 'organisatie\tdienst\r\nFiola\tOndersteuning bij een cliënt\r\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(parseDirectoryCsv(bytes).rows[0]?.values.service).toBe('Ondersteuning bij een cliënt');
  });

  it('reports each bad row by its line, with a Dutch reason', () => {
    const csv = [
      'id;organisatie;telefoon;website;rollen;laatst gecontroleerd;secties',
      'a;Eerste;09 216 73;;;;',
      'b;"Tweede, met een',
      'cel op twee regels";;javascript:alert(1);;;',
      'c;;;;;;',
      'a;Dubbel;;;;;',
      'd;Vierde;78150100;www.fara.be;het VK, onbekend;31/02/2026;nergens',
    ].join('\r\n');
    const messages = problemsOf(csv).map((p) => p.message.nl);
    expect(messages).toEqual([
      "Regel 2, kolom telefoon: '09 216 73' is geen geldig Belgisch telefoonnummer.",
      "Regel 3, kolom website: 'javascript:alert(1)' is geen toegelaten link: begin met https:// of http:// (of mailto: of tel:).",
      'Regel 5 (rij 4), kolom organisatie: De naam van de organisatie ontbreekt.',
      "Regel 6 (rij 5), kolom id: De id 'a' staat al op een eerdere rij.",
      "Regel 7 (rij 6), kolom telefoon: '78150100' is geen geldig Belgisch telefoonnummer (is de voorloopnul weggevallen?).",
      "Regel 7 (rij 6), kolom website: 'www.fara.be' is geen toegelaten link: begin met https:// of http:// (of mailto: of tel:).",
      "Regel 7 (rij 6), kolom laatst gecontroleerd: '31/02/2026' is geen geldige datum (schrijf 28/11/2026 of 2026-11-28).",
      "Regel 7 (rij 6), kolom rollen: De rol 'onbekend' bestaat niet op deze kaart.",
      "Regel 7 (rij 6), kolom secties: De sectie 'nergens' bestaat niet op deze kaart.",
    ]);
    expect(problemsOf(csv)[0]).toMatchObject({
      line: 2,
      row: 2,
      column: 'phones',
      severity: 'error',
    });
    expect(plan(csv).applicable).toBe(false);
  });

  it('refuses a file without an organisation column, and warns about unknown columns', () => {
    expect(problemsOf('id;naam van de dienst\r\na;b\r\n').map((p) => [p.code, p.line])).toEqual([
      ['unknown-column', 1],
      ['no-organisation-column', 1],
    ]);
    expect(problemsOf('').map((p) => p.message.nl)).toEqual(['Het bestand is leeg.']);
    expect(problemsOf('organisatie;"open\r\nFara;x\r\n').map((p) => p.code)).toContain(
      'unclosed-quote',
    );
  });
});

describe('planDirectoryImport', () => {
  const edited = (edit: (rows: string[]) => void): string => {
    const rows = lines(directoryToCsv(card));
    edit(rows);
    return rows.join('\r\n');
  };

  it('finds a changed number, field by field, with its sentence', () => {
    const csv = edited((rows) => {
      const i = rows.findIndex((r) => r.startsWith('vck-oost-vlaanderen;'));
      rows[i] = rows[i]!.replace('09 216 73 30', '09 216 73 31');
    });
    const result = plan(csv);
    expect(result.changed).toEqual([
      {
        line: 12,
        row: 12,
        partnerId: 'vck-oost-vlaanderen',
        fields: [
          {
            field: 'phones',
            before: [{ number: '09 216 73 30' }],
            after: [{ number: '09 216 73 31' }],
          },
        ],
      },
    ]);
    expect(result.changes.map((c) => c.message.nl)).toEqual([
      'Telefoonnummer van het VK gewijzigd van 09 216 73 30 naar 09 216 73 31',
    ]);
    const applied = applyDirectoryImport(card, result);
    expect(applied.directory.partners.find((p) => p.id === 'vck-oost-vlaanderen')?.phones).toEqual([
      { number: '09 216 73 31' },
    ]);
    // Copy on write: what the file left alone is the same object, and the card given is unchanged.
    const { directory: before } = card;
    const { directory: after } = applied;
    const kept = after.partners.filter((p, i) => p === before.partners[i]);
    expect(kept).toHaveLength(before.partners.length - 1);
    expect(after.sections).toBe(before.sections);
    expect(card.directory.partners.find((p) => p.id === 'vck-oost-vlaanderen')?.phones).toEqual([
      { number: '09 216 73 30' },
    ]);
  });

  it('adds a row without id as a new partner, and removes the partners the file lacks', () => {
    const csv = edited((rows) => {
      rows.splice(
        rows.findIndex((r) => r.startsWith('echo;')),
        1,
      );
      rows.splice(
        2,
        0,
        ';Huis van het Kind;Opvoedingsondersteuning;ouders;;;;;;;;;;;ouders;2026-11-01;;;',
      );
    });
    const result = plan(csv);
    expect(result.added.map((a) => [a.partnerId, a.line, a.sections])).toEqual([
      ['huis-van-het-kind', 3, [{ section: 'ouders' }]],
    ]);
    expect(result.removed.map((p) => p.id)).toEqual(['echo']);
    const applied = applyDirectoryImport(card, result);
    expect(applied.directory.partners.map((p) => p.id)).not.toContain('echo');
    expect(applied.directory.sections[0]!.entries.map((e) => e.partner)).toEqual([
      'cgg',
      'ckg',
      'fara',
      'car-ter-eecken',
      'fiola',
      'rtj-de-tafels',
      'vclb-zuid-oost-vlaanderen',
      'go-clb',
      'huis-van-het-kind',
    ]);
    expect(cardProblems(applied, { now: NOW }).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('matches rows without id by organisation, and leaves fields of absent columns alone', () => {
    const rows = card.directory.partners.map(
      (p) => `${p.organisation};${p.id === 'fara' ? 'info@fara.be' : ''};professionals`,
    );
    const csv = ['organisatie;e-mail;secties', ...rows].join('\r\n');
    const result = plan(csv);
    expect(result.problems).toEqual([]);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
    const fara = result.changed.find((c) => c.partnerId === 'fara')!;
    expect(fara.fields.map((f) => f.field)).toEqual(['email', 'sections']);
    const applied = applyDirectoryImport(card, result);
    expect(applied.directory.partners.find((p) => p.id === 'fara')).toMatchObject({
      email: 'info@fara.be',
      website: 'https://www.fara.be/',
    });
    expect(applied.directory.sections.map((s) => s.entries.length)).toEqual([0, 15, 0]);
  });

  it('asks for the id when two partners have the same name', () => {
    const twice = structuredClone(card);
    twice.directory.partners.push({ id: 'cgg-2', organisation: 'CGG' });
    const csv = 'organisatie\r\nCGG\r\n';
    expect(problemsOf(csv, twice).map((p) => p.message.nl)).toEqual([
      "Regel 2, kolom id: Er zijn meerdere partners met de naam 'CGG': vul de id in.",
    ]);
  });

  it('reads roles, regions and sections by name as well as by id', () => {
    const csv = edited((rows) => {
      const i = rows.findIndex((r) => r.startsWith('huisartsen;'));
      rows[i] = rows[i]!.replace(
        ';;;;professionals;',
        ';;Het CLB, Kind & Gezin;Zuid-Oost-Vlaanderen;Bij acuut gevaar: Consult;',
      );
    });
    const result = plan(csv);
    expect(result.problems).toEqual([]);
    expect(result.changed[0]!.fields).toEqual([
      { field: 'roles', before: undefined, after: ['clb', 'kind-en-gezin'] },
      { field: 'regions', before: undefined, after: ['zuid-oost-vlaanderen'] },
      {
        field: 'sections',
        before: [{ section: 'professionals' }],
        after: [{ section: 'acuut-gevaar', wayIn: 'consult' }],
      },
    ]);
  });

  it('does not apply a plan with errors, and never changes the card it is given', () => {
    const frozen = JSON.stringify(card);
    const bad = plan('organisatie;telefoon\r\nFara;123\r\n');
    expect(bad.applicable).toBe(false);
    expect(bad.changes).toEqual([]);
    expect(() => applyDirectoryImport(card, bad)).toThrow(/cannot be applied/);
    applyDirectoryImport(card, plan(directoryToCsv(card)));
    expect(JSON.stringify(card)).toBe(frozen);
  });

  it('refuses values the schema does not allow, such as a name that is too long', () => {
    const csv = `organisatie\r\n${'x'.repeat(301)}\r\n`;
    const result = plan(csv);
    expect(result.applicable).toBe(false);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([['invalid-value', 2]]);
  });
});
