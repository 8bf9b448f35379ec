// The rows of the version history and of releases in the studio's database
// (tables added in db.ts version 2).
import type { Card } from '../../schema/types';
import type { PatchOp } from './json-patch';

/**
 * Why a version was recorded. "named": the user saved it with a message; the
 * others are automatic checkpoints.
 */
export type VersionReason =
  | 'named'
  | 'opened'
  | 'interval'
  | 'before-restore'
  | 'restored'
  | 'before-base-update'
  | 'published'
  | 'repaired';

export interface VersionRow {
  /** "v-…", unique across cards. */
  id: string;
  /** The card row (CardRow.rowId) this is a version of. */
  rowId: string;
  createdAt: number;
  reason: VersionReason;
  /** Who saved it (the name from the preferences); '' for a checkpoint nobody named. */
  author: string;
  message: string;
  /** contentHash(card): the same for the same content, as in `release.hash`. */
  hash: string;
  /** Key of the snapshot that holds the content (SnapshotRow.key). */
  snapshot: string;
  /** For a restore: the version that was restored. */
  restoredFrom?: string;
  /** For a release checkpoint: the release's version number. */
  releaseVersion?: string;
}

/**
 * One content of a card, stored once however many versions have it
 * (content-addressed): either whole (a keyframe) or as a patch on another
 * snapshot of the same card, so that history grows by the size of the edits.
 */
export interface SnapshotRow {
  /** `${rowId}/${sha256 of the card's canonical JSON}`. */
  key: string;
  rowId: string;
  /** Patches since the last keyframe: 0 for a keyframe. */
  depth: number;
  /** The whole card, for a keyframe. */
  card?: Card;
  /** The snapshot this one patches, and the patch, otherwise. */
  base?: string;
  patch?: PatchOp[];
}

/** A published release: written once, never updated or deleted (see guardReleases). */
export interface ReleaseRow {
  /** "r-…". */
  id: string;
  rowId: string;
  version: string;
  /** ISO date-time, as in `release.publishedAt`. */
  publishedAt: string;
  /** The card as released, with its `release` block. */
  card: Card;
  /** Who published it. */
  author: string;
  /** Warnings the publisher accepted, as "pointer: message" lines. */
  acceptedWarnings: string[];
  /** Other origins the release's website folder may load ?card= from (viewer/publish/site.ts). */
  cardOrigins?: string[];
}
