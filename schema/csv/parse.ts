// Reading a directory CSV back: what directoryToCsv wrote, and what a
// spreadsheet saves after editing (with or without byte-order mark, ';', ','
// or tab, CRLF or LF, Windows-1252, dates as 28/11/2026). Each cell is checked
// for its form; a bad cell is reported with its line and column, in Dutch.
import { MAX_PARTNERS } from '../limits';
import { columnForHeader, parseCell, type CsvColumnKey, type RowValues } from './columns';
import { decodeCsvInput } from './decode';
import { importProblem, type ImportProblem } from './messages';
import { detectSeparator, readCsv, type CsvRecord, type Separator } from './rfc4180';

export interface ParsedRow {
  /** The line in the file where the row starts (1 is the header). */
  line: number;
  /** The row number a spreadsheet shows (1 is the header). */
  row: number;
  /** The cells that hold something; an empty cell is absent. */
  values: RowValues;
}

export interface ParsedDirectory {
  separator: Separator;
  /** The columns the file has: a column that is not there leaves that field as it is. */
  columns: CsvColumnKey[];
  rows: ParsedRow[];
  problems: ImportProblem[];
}

/** Undoes guardFormula: "'+32 9 216 73 30" -> "+32 9 216 73 30". */
function unguard(cell: string): string {
  // Most cells do not start with "'": a sheet of 5,000 rows has 100,000 cells.
  return cell.charCodeAt(0) === 39 && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function readHeader(record: CsvRecord, problems: ImportProblem[]): (CsvColumnKey | undefined)[] {
  const at = { line: record.line, row: 1 };
  const seen = new Set<CsvColumnKey>();
  return record.cells.map((cell) => {
    const name = cell.trim();
    if (name === '') return undefined;
    const column = columnForHeader(name);
    if (!column) {
      problems.push(importProblem('unknown-column', at, name));
      return undefined;
    }
    if (seen.has(column.key)) {
      problems.push(importProblem('duplicate-column', at, name));
      return undefined;
    }
    seen.add(column.key);
    return column.key;
  });
}

function readRow(
  record: CsvRecord,
  row: number,
  keys: readonly (CsvColumnKey | undefined)[],
  problems: ImportProblem[],
): ParsedRow {
  const at = { line: record.line, row };
  const values: Record<string, unknown> = {};
  if (record.cells.slice(keys.length).some((c) => c.trim() !== ''))
    problems.push(importProblem('extra-cells', at));
  keys.forEach((key, i) => {
    const cell = unguard(record.cells[i] ?? '').trim();
    const text = cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell;
    if (!key || text === '') return;
    const result = parseCell(key, text);
    if (result.ok) values[key] = result.value;
    else problems.push(importProblem(result.problem.code, at, result.problem.value, key));
  });
  const parsed = values as RowValues;
  if (!parsed.organisation)
    problems.push(importProblem('missing-organisation', at, '', 'organisation'));
  if (parsed.ageFrom !== undefined && parsed.ageTo !== undefined && parsed.ageFrom > parsed.ageTo)
    problems.push(importProblem('age-range-inverted', at, '', 'ageFrom'));
  return { line: record.line, row, values: parsed };
}

/** Reads a directory CSV: text or the bytes of the file. Never throws. */
export function parseDirectoryCsv(input: string | Uint8Array | ArrayBuffer): ParsedDirectory {
  const text = decodeCsvInput(input);
  const separator = detectSeparator(text);
  const problems: ImportProblem[] = [];
  const empty = { separator, columns: [], rows: [], problems };
  if (text.trim() === '') {
    problems.push(importProblem('empty', { line: 0, row: 0 }));
    return empty;
  }
  // The header and one row per partner: a file with more is refused without reading it all.
  const { records, unclosedQuoteAt, stoppedAt } = readCsv(text, separator, MAX_PARTNERS + 1);
  if (stoppedAt !== undefined)
    problems.push(
      importProblem(
        'too-many-rows',
        { line: stoppedAt, row: records.length + 1 },
        String(MAX_PARTNERS),
      ),
    );
  if (unclosedQuoteAt !== undefined) {
    const row = records.findIndex((r) => r.line === unclosedQuoteAt) + 1;
    problems.push(importProblem('unclosed-quote', { line: unclosedQuoteAt, row }));
  }
  const [header, ...body] = records;
  const keys = readHeader(header!, problems);
  const columns = keys.filter((k): k is CsvColumnKey => k !== undefined);
  if (!columns.includes('organisation')) {
    problems.push(importProblem('no-organisation-column', { line: header!.line, row: 1 }));
    return { ...empty, columns };
  }
  const rows: ParsedRow[] = [];
  const ids = new Set<string>();
  body.forEach((record, i) => {
    if (record.cells.every((c) => c.trim() === '')) return;
    const row = readRow(record, i + 2, keys, problems);
    const id = row.values.id;
    if (id !== undefined && ids.has(id))
      problems.push(importProblem('duplicate-id', row, id, 'id'));
    if (id !== undefined) ids.add(id);
    rows.push(row);
  });
  if (rows.length === 0) problems.push(importProblem('no-rows', { line: 0, row: 0 }));
  return { separator, columns, rows, problems };
}
