// The directory as a CSV file that Excel and LibreOffice with Belgian (Dutch)
// settings open as they should: UTF-8 with a byte-order mark (else Excel reads
// "é" as "Ã©"), ';' between cells (the Belgian list separator), CRLF line
// ends, cells quoted as RFC 4180 says. One row per partner; see COLUMNS.md.
import type { Card } from '../types';
import { CSV_COLUMNS, exportCell, type CsvColumnKey } from './columns';
import { writeCsv } from './rfc4180';

/** Columns that hold numbers: a spreadsheet should see them as numbers, "-9" included. */
const NUMBER_COLUMNS = new Set<CsvColumnKey>(['ageFrom', 'ageTo']);

/**
 * A cell that starts with =, +, -, @ (or a tab or CR) is a formula to a spreadsheet:
 * "+32 9 216 73 30" would be computed, and a crafted text could run one. Such cells get
 * a leading apostrophe, which parseDirectoryCsv removes again (OWASP's advice on CSV
 * injection).
 */
export function guardFormula(cell: string): string {
  // Also a cell that already starts with apostrophes before such a sign, so that reading
  // back (which removes one apostrophe) gives the text as it was.
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The partner directory as CSV text, byte-order mark included: save it as UTF-8. */
export function directoryToCsv(card: Card): string {
  const header = CSV_COLUMNS.map((c) => c.header.nl);
  const rows = card.directory.partners.map((partner) =>
    CSV_COLUMNS.map((c) => {
      const cell = exportCell(c.key, partner, card);
      return NUMBER_COLUMNS.has(c.key) ? cell : guardFormula(cell);
    }),
  );
  return '\uFEFF' + writeCsv([header, ...rows], ';');
}
