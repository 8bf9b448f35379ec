// What the studio's worker does, as plain functions of plain data, so the same
// code runs in the worker (schema.worker.ts) and, where no worker can start
// (tests in Node, a browser that refuses), on the main thread. Each is a thin
// wrapper around the pure schema functions: the load path, the card's
// problems, reading and planning a directory CSV.
import {
  parseDirectoryCsv,
  planDirectoryImport,
  type DirectoryImportPlan,
  type ImportMode,
} from '../../schema/csv';
import { drawingProblems } from '../../schema/layout/drawing-check';
import { normalizeLineEndsIn } from '../../schema/limits';
import { cardProblems, loadCardValue, type LoadResult } from '../../schema/load/load-card';
import { parseJsonText } from '../../schema/load/parse';
import { canonicalJson, contentHash, HASH_EXCLUDED_FIELDS, sha256Hex } from '../../schema/hash';
import type { Problem } from '../../schema/problems';
import type { Patch } from 'immer';
import { advanceHeld, heldProblems, holdCard, holdProblems } from './held-card';
import { problemsChange, type ProblemsChange } from '../problems/problems-change';
import type { Card } from '../../schema/types';

export interface SchemaTasks {
  /** The load path on a file's bytes. */
  load: (input: { bytes: Uint8Array }) => LoadResult;
  /** The load path on a value read from the database. */
  loadValue: (input: { value: unknown }) => LoadResult;
  /** Every problem of a card held in memory; with `key`, the worker keeps the card for problemsAfter. */
  problems: (input: { card: Card; key?: number }) => Problem[];
  /**
   * The problems of the card kept under `from` after `patches` (held-card.ts), then kept
   * under `key`: what changed in them since the check of `from`.
   */
  problemsAfter: (input: {
    from: number;
    key: number;
    patches: readonly Patch[];
  }) => ProblemsChange;
  /** A directory CSV read and planned against the card. */
  csv: (input: { bytes: Uint8Array; card: Card; mode?: ImportMode }) => PlannedImport;
  /** The hashes a version of the card is recorded under (editor/versions/). */
  fingerprint: (input: { card: Card }) => Promise<CardFingerprint>;
}

/**
 * The drawing warnings (labels or arrows over boxes) are the studio's: the load path and
 * publishing never see them, so they cannot keep a card from being published.
 */
const allProblems = (card: Card): Problem[] => [...cardProblems(card), ...drawingProblems(card)];

export interface CardFingerprint {
  /** SHA-256 of the whole card's canonical JSON: the key of its snapshot. */
  snapshot: string;
  /** The content hash (schema/hash.ts): without the fields that are not content. */
  content: string;
}

/** Both hashes with one canonical text when the card has none of the fields the content hash leaves out. */
async function fingerprint(card: Card): Promise<CardFingerprint> {
  const snapshot = await sha256Hex(canonicalJson(card));
  const plain = !HASH_EXCLUDED_FIELDS.some((field) => field in card);
  return { snapshot, content: plain ? snapshot : await contentHash(card) };
}

/**
 * A directory import plan as the studio shows and applies it: everything but
 * the sentences of every change, which the dialog only counts. For a sheet of
 * thousands of partners those would be most of what crosses back from the
 * worker, and copying them in cost the page most of its time.
 */
export type PlannedImport = Omit<DirectoryImportPlan, 'changes'> & { changeCount: number };

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
      const parsed = parseJsonText(bytes);
      if (!parsed.ok) return { ok: false, problems: parsed.problems };
      progress('check');
      // Texts written on Windows keep their CRLF in a JSON string: read as LF, not refused.
      return loadCardValue(normalizeLineEndsIn(parsed.value));
    },
    loadValue: ({ value }: { value: unknown }) => loadCardValue(value),
    problems: ({ card, key }: { card: Card; key?: number }) => {
      if (key === undefined) return allProblems(card);
      const found = allProblems(holdCard(key, card));
      holdProblems(key, found);
      return found;
    },
    problemsAfter: ({ from, key, patches }: { from: number; key: number; patches: Patch[] }) => {
      const before = heldProblems(from);
      const found = allProblems(advanceHeld(from, key, patches));
      holdProblems(key, found);
      return problemsChange(before, found);
    },
    fingerprint: ({ card }: { card: Card }) => fingerprint(card),
    csv: ({ bytes, card, mode }: { bytes: Uint8Array; card: Card; mode?: ImportMode }) => {
      progress('parse');
      const parsed = parseDirectoryCsv(bytes);
      progress('plan');
      const { changes, ...plan } = planDirectoryImport(card, parsed, mode);
      return { ...plan, changeCount: changes.length };
    },
  };
  return (tasks[name] as (input: Parameters<SchemaTasks[K]>[0]) => ReturnType<SchemaTasks[K]>)(
    input,
  );
}
