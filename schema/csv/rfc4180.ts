// CSV as RFC 4180 describes it, with the separator as a parameter: Excel and
// LibreOffice with Belgian settings write ';', others ',' or a tab.
//
// Hand-written rather than a library: reading and writing CSV is some 100
// lines here, and the importer needs what general libraries do not give
// directly: the line in the file where each record starts (a quoted cell may
// hold newlines), the separator decided from the header line only, and strict
// reporting of an unclosed quote instead of silently taking the rest of the
// file as one cell. papaparse, the obvious candidate, would add some 20 kB to
// the studio for that.

export type Separator = ';' | ',' | '\t';

export interface CsvRecord {
  /** The cells, unquoted, exactly as written (no trimming). */
  cells: string[];
  /** The line of the file where the record starts, from 1. */
  line: number;
}

export interface CsvReadResult {
  records: CsvRecord[];
  /** The line where a quoted cell starts that is never closed; the rest of the file is in it. */
  unclosedQuoteAt?: number;
  /** Reading stopped at `maxRecords`: this is the line where the next record starts. */
  stoppedAt?: number;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * Reads CSV text; line ends may be CRLF, LF or CR. A last empty line is no record.
 * Stops after `maxRecords` records that are not blank, so a huge file costs no more
 * than the limit it is refused for.
 */
export function readCsv(text: string, separator: Separator, maxRecords = Infinity): CsvReadResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quotedFrom: number | undefined;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  let counted = 0;
  const endRecord = () => {
    endCell();
    records.push({ cells, line: recordLine });
    if (!isBlank(cells)) counted += 1;
    cells = [];
  };
  // Runs of plain characters are sliced, not added one by one: a sheet of 5,000
  // partners is a million characters.
  const plainEnd = (from: number) => {
    let j = from;
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === separator || c === '\r' || c === '\n') break;
    }
    return j;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quotedFrom !== undefined) {
      const quote = text.indexOf('"', i);
      const end = quote === -1 ? text.length : quote;
      for (let j = i; j < end; j++) {
        const d = text[j];
        if (d === '\n' || (d === '\r' && text[j + 1] !== '\n')) line += 1;
      }
      cell += text.slice(i, end);
      if (quote === -1) i = end;
      else if (text[quote + 1] === '"') {
        cell += '"';
        i = quote + 2;
      } else {
        quotedFrom = undefined;
        i = quote + 1;
      }
      continue;
    }
    if (c === '"' && cell === '') {
      quotedFrom = line;
      i += 1;
    } else if (c === separator) {
      endCell();
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      if (counted >= maxRecords && /\S/.test(text.slice(i, i + 100_000)))
        return { records, stoppedAt: line };
    } else {
      // A quote inside an unquoted cell, or after a closing quote, is kept as written.
      const end = plainEnd(i + 1);
      cell += text.slice(i, end);
      i = end;
    }
  }
  const unclosedQuoteAt = quotedFrom;
  if (cell !== '' || cells.length > 0 || unclosedQuoteAt !== undefined) endRecord();
  return unclosedQuoteAt === undefined ? { records } : { records, unclosedQuoteAt };
}

/** The separator of a file, from its first line: the one that occurs most outside quotes. */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as Separator] += 1;
  }
  // On a tie, ';' (the Belgian list separator) before a tab before ','.
  const order: Separator[] = [';', '\t', ','];
  return order.reduce((best, s) => (counts[s] > counts[best] ? s : best), order[0]!);
}

/**
 * Quoted: a cell with any of the three separators, a quote or a line break, not
 * only with the separator written. A spreadsheet that opens the file with
 * another separator (Excel with English settings reads ",") then still sees one
 * cell, not two.
 */
function quoteCell(cell: string): string {
  return /[;,\t"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Writes records as CSV with CRLF line ends, quoting every cell a separator could split. */
export function writeCsv(records: readonly (readonly string[])[], separator: Separator): string {
  return records.map((r) => r.map(quoteCell).join(separator) + '\r\n').join('');
}
