// What the directory import reports, in Dutch and English, with the line of
// the file (and the row a spreadsheet shows, when a cell with line breaks
// makes them differ).
import type { LocalizedText } from '../problems';
import type { CellProblemCode, CsvColumnKey } from './columns';
import { CSV_COLUMNS } from './columns';

export type ImportProblemCode =
  | CellProblemCode
  | 'empty'
  | 'unclosed-quote'
  | 'too-many-rows'
  | 'no-organisation-column'
  | 'duplicate-column'
  | 'unknown-column'
  | 'no-rows'
  | 'extra-cells'
  | 'missing-organisation'
  | 'duplicate-id'
  | 'duplicate-partner'
  | 'ambiguous-organisation'
  | 'age-range-inverted'
  | 'unknown-role'
  | 'unknown-region'
  | 'unknown-section'
  | 'invalid-value';

export interface ImportProblem {
  code: ImportProblemCode;
  /** An error makes the import not applicable; a warning does not. */
  severity: 'error' | 'warning';
  /** The line in the file where the row starts, from 1 (the header); 0 for the file as a whole. */
  line: number;
  /** The row number a spreadsheet shows (1 is the header). */
  row: number;
  column?: CsvColumnKey;
  message: LocalizedText;
}

type Reason = (value: string) => LocalizedText;

const REASONS: Record<ImportProblemCode, Reason> = {
  'phone-invalid': (v) => ({
    nl: `'${v}' is geen geldig Belgisch telefoonnummer${/^[1-9]\d{7,8}$/.test(v) ? ' (is de voorloopnul weggevallen?)' : ''}.`,
    en: `'${v}' is not a valid Belgian phone number${/^[1-9]\d{7,8}$/.test(v) ? ' (was the leading zero lost?)' : ''}.`,
  }),
  'link-invalid': (v) => ({
    nl: `'${v}' is geen toegelaten link: begin met https:// of http:// (of mailto: of tel:).`,
    en: `'${v}' is not an allowed link: start with https:// or http:// (or mailto: or tel:).`,
  }),
  'email-invalid': (v) => ({
    nl: `'${v}' is geen geldig e-mailadres.`,
    en: `'${v}' is not a valid e-mail address.`,
  }),
  'date-invalid': (v) => ({
    nl: `'${v}' is geen geldige datum (schrijf 28/11/2026 of 2026-11-28).`,
    en: `'${v}' is not a valid date (write 28/11/2026 or 2026-11-28).`,
  }),
  'number-invalid': (v) => ({
    nl: `'${v}' is geen geldig aantal maanden (een geheel getal van -9 tot 1200).`,
    en: `'${v}' is not a valid number of months (a whole number from -9 to 1200).`,
  }),
  'audience-invalid': (v) => ({
    nl: `'${v}' is geen doelgroep: ouders, professionals of beide.`,
    en: `'${v}' is not an audience: ouders, professionals or beide.`,
  }),
  'way-in-invalid': (v) => ({
    nl: `'${v}' is geen toegangsweg: brede instap, via contactpersoon, consult of aanmelding.`,
    en: `'${v}' is not a way in: brede instap, via contactpersoon, consult or aanmelding.`,
  }),
  'kbo-invalid': (v) => ({
    nl: `'${v}' is geen KBO-nummer (0123.456.789).`,
    en: `'${v}' is not a company number (0123.456.789).`,
  }),
  'id-invalid': (v) => ({
    nl: `'${v}' is geen geldige id: letters, cijfers, '.', ':', '_' en '-', zonder spaties.`,
    en: `'${v}' is not a valid id: letters, digits, '.', ':', '_' and '-', no spaces.`,
  }),
  empty: () => ({ nl: 'Het bestand is leeg.', en: 'The file is empty.' }),
  'unclosed-quote': () => ({
    nl: 'Hier begint een cel met een aanhalingsteken dat nooit gesloten wordt.',
    en: 'A cell starts here with a quotation mark that is never closed.',
  }),
  'too-many-rows': (v) => ({
    nl: `Het bestand heeft meer dan ${Number(v).toLocaleString('nl-BE')} partners; een kaart kan er hoogstens ${Number(v).toLocaleString('nl-BE')} bevatten. Het lezen is hier gestopt. Verdeel de partners over meer kaarten of laat rijen weg.`,
    en: `The file has more than ${Number(v).toLocaleString('en-GB')} partners; a card can hold at most ${Number(v).toLocaleString('en-GB')}. Reading stopped here. Spread the partners over more cards or leave rows out.`,
  }),
  'no-organisation-column': () => ({
    nl: "De kolom 'organisatie' ontbreekt in de eerste regel.",
    en: "The column 'organisatie' is missing from the first line.",
  }),
  'duplicate-column': (v) => ({
    nl: `De kolom '${v}' staat er meer dan eens.`,
    en: `The column '${v}' occurs more than once.`,
  }),
  'unknown-column': (v) => ({
    nl: `De kolom '${v}' is onbekend en wordt genegeerd.`,
    en: `The column '${v}' is unknown and is ignored.`,
  }),
  'no-rows': () => ({
    nl: 'Het bestand bevat geen partners: alle partners zouden verwijderd worden.',
    en: 'The file holds no partners: every partner would be removed.',
  }),
  'extra-cells': () => ({
    nl: 'Deze rij heeft meer cellen dan er kolommen zijn; de overige worden genegeerd.',
    en: 'This row has more cells than there are columns; the rest are ignored.',
  }),
  'missing-organisation': () => ({
    nl: 'De naam van de organisatie ontbreekt.',
    en: 'The name of the organisation is missing.',
  }),
  'duplicate-id': (v) => ({
    nl: `De id '${v}' staat al op een eerdere rij.`,
    en: `The id '${v}' is already on an earlier row.`,
  }),
  'duplicate-partner': (v) => ({
    nl: `Partner '${v}' staat al op een eerdere rij.`,
    en: `Partner '${v}' is already on an earlier row.`,
  }),
  'ambiguous-organisation': (v) => ({
    nl: `Er zijn meerdere partners met de naam '${v}': vul de id in.`,
    en: `Several partners are named '${v}': fill in the id.`,
  }),
  'age-range-inverted': () => ({
    nl: 'De leeftijd "van" ligt na de leeftijd "tot".',
    en: 'The age "from" is after the age "to".',
  }),
  'unknown-role': (v) => ({
    nl: `De rol '${v}' bestaat niet op deze kaart.`,
    en: `The role '${v}' does not exist on this card.`,
  }),
  'unknown-region': (v) => ({
    nl: `De regio '${v}' bestaat niet op deze kaart.`,
    en: `The region '${v}' does not exist on this card.`,
  }),
  'unknown-section': (v) => ({
    nl: `De sectie '${v}' bestaat niet op deze kaart.`,
    en: `The section '${v}' does not exist on this card.`,
  }),
  'invalid-value': (v) => ({ nl: `Waarde niet toegelaten: ${v}`, en: `Value not allowed: ${v}` }),
};

const WARNINGS = new Set<ImportProblemCode>(['unknown-column', 'no-rows', 'extra-cells']);

/** A problem of the file (line 0), of a row, or of one cell of a row. */
export function importProblem(
  code: ImportProblemCode,
  at: { line: number; row: number },
  value = '',
  column?: CsvColumnKey,
): ImportProblem {
  const reason = REASONS[code](value);
  const header = column && CSV_COLUMNS.find((c) => c.key === column)?.header;
  const where = (lang: 'nl' | 'en'): string => {
    if (at.line === 0) return '';
    const line = lang === 'nl' ? 'Regel' : 'Line';
    const row = at.row !== at.line ? (lang === 'nl' ? ` (rij ${at.row})` : ` (row ${at.row})`) : '';
    const col = header ? (lang === 'nl' ? `, kolom ${header.nl}` : `, column ${header.nl}`) : '';
    return `${line} ${at.line}${row}${col}: `;
  };
  return {
    code,
    severity: WARNINGS.has(code) ? 'warning' : 'error',
    line: at.line,
    row: at.row,
    ...(column ? { column } : {}),
    message: { nl: where('nl') + reason.nl, en: where('en') + reason.en },
  };
}
