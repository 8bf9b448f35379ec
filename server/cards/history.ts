// A card's history on the server: every accepted save (revisions) and the
// versions people named or the studio checkpointed, each with its author.
import type { Account } from '../app-env';
import type { Queryable } from '../db/database';
import { newId } from '../ids';
import { loadStoredCard } from './accept';
import type { Author } from './store';

export interface RevisionSummary {
  revision: number;
  hash: string;
  author: Author | null;
  createdAt: string;
}

interface RevisionRow {
  revision: number;
  hash: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  content?: unknown;
}

const revisionSummary = (r: RevisionRow): RevisionSummary => ({
  revision: r.revision,
  hash: r.hash,
  author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
  createdAt: r.created_at.toISOString(),
});

export async function listRevisions(db: Queryable, cardRowId: string) {
  const rows = await db.query<RevisionRow>(
    `SELECT r.revision, r.hash, r.author_id, a.name AS author_name, r.created_at
     FROM card_revisions r LEFT JOIN accounts a ON a.id = r.author_id
     WHERE r.card_row_id = $1 ORDER BY r.revision DESC`,
    [cardRowId],
  );
  return rows.map(revisionSummary);
}

export async function getRevision(db: Queryable, cardRowId: string, revision: number) {
  const rows = await db.query<RevisionRow>(
    `SELECT r.revision, r.hash, r.author_id, a.name AS author_name, r.created_at, r.content
     FROM card_revisions r LEFT JOIN accounts a ON a.id = r.author_id
     WHERE r.card_row_id = $1 AND r.revision = $2`,
    [cardRowId, revision],
  );
  const row = rows[0];
  return row
    ? { ...revisionSummary(row), card: loadStoredCard(row.content, `${cardRowId}@${revision}`) }
    : null;
}

/** Why a version was recorded; the studio's reasons (editor/versions/version-rows.ts). */
export const VERSION_REASONS = [
  'named',
  'opened',
  'interval',
  'before-restore',
  'restored',
  'before-base-update',
  'published',
] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export function isVersionReason(value: unknown): value is VersionReason {
  return (VERSION_REASONS as readonly unknown[]).includes(value);
}

export interface VersionSummary {
  id: string;
  reason: VersionReason;
  message: string;
  author: Author | null;
  /** The account's name when the version was made; kept if the account changes its name. */
  authorName: string;
  hash: string;
  revision: number | null;
  restoredFrom: string | null;
  releaseVersion: string | null;
  createdAt: string;
}

interface VersionRow {
  id: string;
  reason: VersionReason;
  message: string;
  author_id: string | null;
  author_name: string;
  hash: string;
  revision: number | null;
  restored_from: string | null;
  release_version: string | null;
  created_at: Date;
  content?: unknown;
}

const versionSummary = (v: VersionRow): VersionSummary => ({
  id: v.id,
  reason: v.reason,
  message: v.message,
  author: v.author_id ? { id: v.author_id, name: v.author_name } : null,
  authorName: v.author_name,
  hash: v.hash,
  revision: v.revision,
  restoredFrom: v.restored_from,
  releaseVersion: v.release_version,
  createdAt: v.created_at.toISOString(),
});

const VERSION_COLUMNS = `id, reason, message, author_id, author_name, hash, revision, restored_from,
  release_version, created_at`;

export async function listVersions(db: Queryable, cardRowId: string) {
  const rows = await db.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM card_versions WHERE card_row_id = $1 ORDER BY created_at DESC, id`,
    [cardRowId],
  );
  return rows.map(versionSummary);
}

export async function getVersion(db: Queryable, cardRowId: string, id: string) {
  const rows = await db.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS}, content FROM card_versions WHERE card_row_id = $1 AND id = $2`,
    [cardRowId, id],
  );
  const row = rows[0];
  return row ? { ...versionSummary(row), card: loadStoredCard(row.content, id) } : null;
}

export interface NewVersion {
  revision: number;
  reason: VersionReason;
  message: string;
  restoredFrom?: string;
  releaseVersion?: string;
}

/** Records a version of one of the card's revisions; null when there is no such revision. */
export async function createVersion(
  db: Queryable,
  cardRowId: string,
  input: NewVersion,
  by: Account,
) {
  const rows = await db.query<VersionRow>(
    `INSERT INTO card_versions (id, card_row_id, reason, message, author_id, author_name, content,
       hash, revision, restored_from, release_version)
     SELECT $1, $2, $3, $4, $5, $6, r.content, r.hash, r.revision, $8, $9
     FROM card_revisions r WHERE r.card_row_id = $2 AND r.revision = $7
     RETURNING ${VERSION_COLUMNS}`,
    [
      newId('v'),
      cardRowId,
      input.reason,
      input.message.trim(),
      by.id,
      by.name,
      input.revision,
      input.restoredFrom ?? null,
      input.releaseVersion ?? null,
    ],
  );
  return rows[0] ? versionSummary(rows[0]) : null;
}
