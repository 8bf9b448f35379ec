// Taking an update of the base card into a regional card.
//
// Only the flow and the roles come from the base: the regional card's
// directory, regions, resources and own data are never touched, so the
// region's contacts and local edits always survive. The merge is three-way
// against `origin.base` (the flow and roles as the region took them), per
// node, edge and role and field by field (see three-way.ts):
//
// - a change made on one side only is taken; the same change on both is fine;
// - different changes to one field are a conflict; the region's value stays
//   until the user picks the base's (resolveConflicts);
// - removed on one side and changed on the other is a conflict;
// - positions and widths: the base's layout is taken unless the region moved or
//   resized that node itself (never a conflict);
// - the result is always whole (merge-flow.ts): no arrow to a missing node, no
//   step naming a missing role; a removal the other side still needs becomes a
//   'still-used' conflict;
// - new roles of the base appear (and show as unfilled until the region fills them);
// - `origin` then points at the new base (hash, version, flow and roles, takenAt; its url stays).
//
// Without `origin.base` (a card not made by deriveRegionalCard) there is no ancestor:
// whatever differs is a conflict and items found on one side only are kept.
import { diffCards, diffFlowAndRoles } from '../diff/diff-cards';
import type { Change } from '../diff/types';
import { contentHash } from '../hash';
import type { Card } from '../types';
import { describeConflicts } from './conflict-messages';
import { originFor } from './derive';
import { mergeFlowAndRoles, type FlowAndRoles } from './merge-flow';
import type { ConflictChoices, MergeResult } from './types';

export interface MergeBaseOptions {
  /** When the update is taken, for origin.takenAt; defaults to now. */
  now?: Date;
}

const EMPTY_ANCESTOR: FlowAndRoles = { flow: { nodes: [], edges: [] }, roles: [] };

function ancestorOf(regional: Card): FlowAndRoles {
  return regional.origin?.base ?? EMPTY_ANCESTOR;
}

function merge(
  regional: Card,
  newBase: Card,
  newBaseHash: string,
  takenAt: string,
  choices: ConflictChoices,
): MergeResult {
  const inputs = { regional, newBase, newBaseHash, takenAt };
  if (regional.origin?.hash === newBaseHash)
    return { ...inputs, card: structuredClone(regional), changes: [], conflicts: [] };
  const merged = mergeFlowAndRoles(
    ancestorOf(regional),
    regional,
    newBase,
    regional.directory.partners,
    choices,
  );
  const card: Card = structuredClone({
    ...regional,
    flow: merged.flow,
    roles: merged.roles,
    // The base keeps its address: an update of the same card, published there.
    origin: originFor(newBase, newBaseHash, new Date(takenAt), regional.origin?.url),
  });
  return {
    ...inputs,
    card,
    changes: diffCards(regional, card),
    conflicts: describeConflicts(merged.conflicts, regional, newBase),
  };
}

/**
 * Merges the flow and roles of `newBase` into `regional`. The card in the result has
 * every conflict settled for the region; show `conflicts` and pass the user's choices
 * to resolveConflicts. When `newBase` is the very base the region took (same content
 * hash), nothing changes.
 */
export async function mergeBaseUpdate(
  regional: Card,
  newBase: Card,
  options: MergeBaseOptions = {},
): Promise<MergeResult> {
  const takenAt = (options.now ?? new Date()).toISOString();
  return merge(regional, newBase, await contentHash(newBase), takenAt, {});
}

/**
 * The merge again with the user's choice per conflict id (a conflict left out keeps
 * the region's version). Returns the whole result, whose conflicts show what was chosen.
 * A choice can make a removal needed elsewhere (an arrow the base kept leads to a node
 * the region removed): that shows as a new 'still-used' conflict, settled for the region.
 */
export function previewResolution(result: MergeResult, choices: ConflictChoices): MergeResult {
  return merge(result.regional, result.newBase, result.newBaseHash, result.takenAt, choices);
}

/** The final card with the user's choice per conflict id (missing: the region's version). */
export function resolveConflicts(result: MergeResult, choices: ConflictChoices): Card {
  return previewResolution(result, choices).card;
}

/**
 * What changed in the base's flow and roles since the version the regional card was
 * made from: the "what's new" before taking an update. Without `origin.base`, the
 * differences with the region's own flow and roles.
 */
export function baseUpdateChanges(regional: Card, newBase: Card): Change[] {
  const ancestor = regional.origin?.base ?? regional;
  return diffFlowAndRoles(ancestor, newBase);
}
