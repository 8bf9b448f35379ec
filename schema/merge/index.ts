// Regional versions: derive a card for another region, take base updates
// with a three-way merge, settle the conflicts. See merge-base-update.ts.
export { deriveRegionalCard, type DeriveOptions } from './derive';
export { mergeCards, type CardMerge } from './merge-cards';
export {
  baseUpdateChanges,
  mergeBaseUpdate,
  previewResolution,
  resolveConflicts,
  type MergeBaseOptions,
} from './merge-base-update';
export type {
  ConflictChoices,
  ConflictKind,
  MergeConflict,
  MergeEntity,
  MergeResult,
  MergeSide,
} from './types';
