// Taking an update of the common flow into a regional card: read the newer
// base card through the one load path, say what changed in it since the
// version the region took, merge three-way, and take the result (with the
// user's choice per conflict) as one undoable step. The region's directory
// is never part of it.
import type { Change } from '../../schema/diff/types';
import {
  baseUpdateChanges,
  mergeBaseUpdate,
  resolveConflicts,
  type ConflictChoices,
  type MergeResult,
} from '../../schema/merge';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { Studio } from '../app/studio';
import { readCardFile } from '../io/card-files';
import { takeBaseUpdate } from '../state/commands/region-commands';

export type BaseUpdateReading =
  | { ok: false; file: string; problems: Problem[] }
  | {
      ok: true;
      file: string;
      newBase: Card;
      /** What changed in the base since the version the region took. */
      baseChanges: Change[];
      result: MergeResult;
    };

export async function readBaseUpdate(file: File, regional: Card): Promise<BaseUpdateReading> {
  const outcome = await readCardFile(file);
  if (!outcome.ok) return { ok: false, file: file.name, problems: outcome.problems };
  const newBase = outcome.card;
  return {
    ok: true,
    file: file.name,
    newBase,
    baseChanges: baseUpdateChanges(regional, newBase),
    result: await mergeBaseUpdate(regional, newBase),
  };
}

/** Takes the merged flow, roles and origin with the user's choices: one undo step. */
export function takeUpdate(studio: Studio, result: MergeResult, choices: ConflictChoices): boolean {
  const merged = resolveConflicts(result, choices);
  return studio.store.execute(takeBaseUpdate, {
    merged: { flow: merged.flow, roles: merged.roles, origin: merged.origin },
  }).applied;
}
