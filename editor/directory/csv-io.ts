// The directory as a spreadsheet: download it as CSV, read a CSV back into a
// plan, apply a confirmed plan as one undo step. Planning never changes the
// card; a plan with any error cannot be applied.
import {
  applyDirectoryImport,
  directoryToCsv,
  parseDirectoryCsv,
  planDirectoryImport,
  type DirectoryImportPlan,
  type ImportMode,
  type ParsedDirectory,
} from '../../schema/csv';
import { sizeProblem } from '../../schema/load/parse';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { Studio } from '../app/studio';
import { downloadText, fileSlug, today } from '../io/download';
import { importDirectory } from '../state/commands/directory-commands';

/** "kindreflex-steekkaart-limburg-partnergids-2026-11-28.csv". */
function csvFileName(card: Card): string {
  const name = [card.title, card.subtitle].filter(Boolean).join(' ');
  return `${fileSlug(name)}-partnergids-${today()}.csv`;
}

export function exportDirectoryCsv(card: Card): void {
  // directoryToCsv starts with the byte-order mark Excel needs to read UTF-8.
  downloadText(csvFileName(card), directoryToCsv(card), 'text/csv;charset=utf-8');
}

export type CsvReading =
  | { ok: true; file: string; card: Card; parsed: ParsedDirectory; plan: DirectoryImportPlan }
  | { ok: false; file: string; problem: Problem };

/**
 * Reads the file as bytes (Excel may save Windows-1252) and plans the import against `card`;
 * by default it only adds and updates, so nothing typed by hand is lost unless asked.
 */
export async function readDirectoryCsv(
  file: File,
  card: Card,
  mode: ImportMode = 'merge',
): Promise<CsvReading> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, file: file.name, problem: tooLarge };
  const parsed = parseDirectoryCsv(new Uint8Array(await file.arrayBuffer()));
  return { ok: true, file: file.name, card, parsed, plan: planDirectoryImport(card, parsed, mode) };
}

/** The same file planned in the other mode ("hele gids vervangen" or "alleen toevoegen en bijwerken"). */
export function withMode(reading: CsvReading, mode: ImportMode): CsvReading {
  if (!reading.ok || reading.plan.mode === mode) return reading;
  return { ...reading, plan: planDirectoryImport(reading.card, reading.parsed, mode) };
}

/**
 * Applies a confirmed plan as one step. Planned against another state of the card
 * (it changed meanwhile, in another tab say), the file is planned again first; when
 * that plan is not applicable, nothing changes. Returns whether the directory changed.
 */
export function applyCsvImport(studio: Studio, reading: CsvReading & { ok: true }): boolean {
  const current = studio.store.getState()?.card;
  if (!current) return false;
  const plan =
    current.directory === reading.card.directory
      ? reading.plan
      : planDirectoryImport(current, reading.parsed, reading.plan.mode);
  if (!plan.applicable) return false;
  const next = applyDirectoryImport(current, plan);
  return studio.store.execute(importDirectory, { directory: next.directory, file: reading.file });
}

/** Whether applying the plan would change anything at all. */
export const planChangesSomething = (plan: DirectoryImportPlan): boolean =>
  plan.added.length + plan.changed.length + plan.removed.length + plan.changes.length > 0;
