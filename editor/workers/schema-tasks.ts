// What the studio's worker does, as plain functions of plain data, so the same
// code runs in the worker (schema.worker.ts) and, where no worker can start
// (tests in Node, a browser that refuses), on the main thread. Each is a thin
// wrapper around the pure schema functions: the load path, the card's
// problems, reading and planning a directory CSV.
import {
  parseDirectoryCsv,
  planDirectoryImport,
  type DirectoryImportPlan,
  type ParsedDirectory,
} from '../../schema/csv';
import {
  cardProblems,
  loadCard,
  loadCardValue,
  type LoadResult,
} from '../../schema/load/load-card';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';

export interface SchemaTasks {
  /** The load path on a file's bytes. */
  load: (input: { bytes: Uint8Array }) => LoadResult;
  /** The load path on a value read from the database. */
  loadValue: (input: { value: unknown }) => LoadResult;
  /** Every problem of a card held in memory. */
  problems: (input: { card: Card }) => Problem[];
  /** A directory CSV read and planned against the card. */
  csv: (input: { bytes: Uint8Array; card: Card }) => {
    parsed: ParsedDirectory;
    plan: DirectoryImportPlan;
  };
}

export type TaskName = keyof SchemaTasks;
/** The stages a task reports as it goes, for the progress shown meanwhile. */
export type TaskStage = 'parse' | 'check' | 'plan';
export type Progress = (stage: TaskStage) => void;

export function runTask<K extends TaskName>(
  name: K,
  input: Parameters<SchemaTasks[K]>[0],
  progress: Progress,
): ReturnType<SchemaTasks[K]> {
  const tasks: { [T in TaskName]: (input: never) => ReturnType<SchemaTasks[T]> } = {
    load: ({ bytes }: { bytes: Uint8Array }) => {
      progress('check');
      return loadCard(bytes);
    },
    loadValue: ({ value }: { value: unknown }) => loadCardValue(value),
    problems: ({ card }: { card: Card }) => cardProblems(card),
    csv: ({ bytes, card }: { bytes: Uint8Array; card: Card }) => {
      progress('parse');
      const parsed = parseDirectoryCsv(bytes);
      progress('plan');
      return { parsed, plan: planDirectoryImport(card, parsed) };
    },
  };
  return (tasks[name] as (input: Parameters<SchemaTasks[K]>[0]) => ReturnType<SchemaTasks[K]>)(
    input,
  );
}
