// The directory as a spreadsheet: download it as CSV, read a CSV back into a
// plan, apply a confirmed plan as one undo step. Planning never changes the
// card; a plan with any error cannot be applied.
import { freeze } from 'immer';
import { applyDirectoryImport, directoryToCsv, type ImportMode } from '../../schema/csv';
import { sizeProblem } from '../../schema/load/parse';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { Studio } from '../app/studio';
import { downloadText, fileSlug, today } from '../io/download';
import { importDirectory } from '../state/commands/directory-commands';
import type { PlannedImport, Progress } from '../workers/schema-tasks';
import { inWorker } from '../workers/schema-worker';

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
  | { ok: true; file: string; card: Card; bytes: Uint8Array; plan: PlannedImport }
  | { ok: false; file: string; problem: Problem };

/** The file read and planned against `card` in the studio's worker. */
function planFile(
  bytes: Uint8Array,
  card: Card,
  mode: ImportMode,
  progress?: Progress,
): Promise<PlannedImport> {
  // A copy moves to the worker; the bytes stay here in case the card changes before applying.
  const copy = bytes.slice();
  return inWorker('csv', { bytes: copy, card, mode }, { progress, transfer: [copy.buffer] }).then(
    (plan) => {
      // Frozen now, while the user reads the preview: applying then adds these partners
      // to the card as they are (the store freezes what it keeps), and 5,000 of them
      // frozen on "Toepassen" made that click's task longer.
      for (const addition of plan.added) freeze(addition.partner, true);
      return plan;
    },
  );
}

/**
 * Reads the file as bytes (Excel may save Windows-1252) and plans the import
 * against `card`, in the studio's worker: a sheet of thousands of partners
 * never freezes the page. `progress` hears the stages as they start. By default
 * it only adds and updates, so nothing typed by hand is lost unless asked.
 */
export async function readDirectoryCsv(
  file: File,
  card: Card,
  progress?: Progress,
  mode: ImportMode = 'merge',
): Promise<CsvReading> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, file: file.name, problem: tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const plan = await planFile(bytes, card, mode, progress);
  return { ok: true, file: file.name, card, bytes, plan };
}

/** The same file planned in the other mode ("hele gids vervangen" or "alleen toevoegen en bijwerken"). */
export async function withMode(reading: CsvReading, mode: ImportMode): Promise<CsvReading> {
  if (!reading.ok || reading.plan.mode === mode) return reading;
  return { ...reading, plan: await planFile(reading.bytes, reading.card, mode) };
}

/**
 * Applies a confirmed plan as one step. Planned against another state of the card
 * (it changed meanwhile, in another tab say), the file is planned again first; when
 * that plan is not applicable, nothing changes. Returns whether the directory changed.
 */
export async function applyCsvImport(
  studio: Studio,
  reading: CsvReading & { ok: true },
): Promise<boolean> {
  const planned = studio.store.getState()?.card;
  if (!planned) return false;
  const plan =
    planned.directory === reading.card.directory
      ? reading.plan
      : await planFile(reading.bytes, planned, reading.plan.mode);
  const current = studio.store.getState()?.card;
  if (!plan.applicable || current?.directory !== planned.directory) return false;
  const next = applyDirectoryImport(current, plan);
  return studio.store.execute(importDirectory, { directory: next.directory, file: reading.file })
    .applied;
}

/** Whether applying the plan would change anything at all. */
export const planChangesSomething = (plan: PlannedImport): boolean =>
  plan.added.length + plan.changed.length + plan.removed.length + plan.changeCount > 0;
