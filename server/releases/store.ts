// Releases in the database: written once by publishing (the database refuses
// any change afterwards, see migration 002), read by the API, the stable
// addresses, the catalogue and the regions that follow them.
import type { Queryable } from '../db/database';
import type { Author } from '../cards/store';
import type { ReleaseKey } from './links';

export interface ReleaseInfo extends ReleaseKey {
  workspaceId: string;
  cardRowId: string;
  title: string;
  subtitle: string;
  notes: string;
  changes: string[];
  publishedBy: Author | null;
  publishedByName: string;
  reviewId: string | null;
  sourceRevision: number | null;
  acceptedWarnings: string[];
}

interface ReleaseRow {
  id: string;
  workspace_id: string;
  workspace: string;
  card_row_id: string;
  address: string;
  version: string;
  hash: string;
  title: string;
  subtitle: string;
  notes: string | null;
  changes: string[] | null;
  published_at: Date;
  published_by: string | null;
  published_by_name: string;
  review_id: string | null;
  source_revision: number | null;
  accepted_warnings: string[];
}

const SELECT = `SELECT r.id, r.workspace_id, w.slug AS workspace, r.card_row_id, r.address,
  r.version, r.hash, r.title, r.subtitle, r.content->'release'->>'notes' AS notes,
  r.content->'release'->'changes' AS changes, r.published_at, r.published_by,
  r.published_by_name, r.review_id, r.source_revision, r.accepted_warnings
  FROM releases r JOIN workspaces w ON w.id = r.workspace_id`;

function toInfo(row: ReleaseRow): ReleaseInfo {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    workspace: row.workspace,
    cardRowId: row.card_row_id,
    address: row.address,
    version: row.version,
    hash: row.hash,
    title: row.title,
    subtitle: row.subtitle,
    notes: row.notes ?? '',
    changes: Array.isArray(row.changes) ? row.changes : [],
    publishedAt: row.published_at,
    publishedBy: row.published_by ? { id: row.published_by, name: row.published_by_name } : null,
    publishedByName: row.published_by_name,
    reviewId: row.review_id,
    sourceRevision: row.source_revision,
    acceptedWarnings: row.accepted_warnings,
  };
}

/** A card's releases, newest first. */
export async function listReleases(db: Queryable, cardRowId: string): Promise<ReleaseInfo[]> {
  const rows = await db.query<ReleaseRow>(
    `${SELECT} WHERE r.card_row_id = $1 ORDER BY r.published_at DESC, r.id`,
    [cardRowId],
  );
  return rows.map(toInfo);
}

export async function releaseOfCard(db: Queryable, cardRowId: string, version: string) {
  const rows = await db.query<ReleaseRow>(`${SELECT} WHERE r.card_row_id = $1 AND r.version = $2`, [
    cardRowId,
    version,
  ]);
  return rows[0] ? toInfo(rows[0]) : null;
}

/** The release at a stable address: the given version, or the latest when `version` is null. */
export async function publishedRelease(
  db: Queryable,
  workspace: string,
  address: string,
  version: string | null,
): Promise<ReleaseInfo | null> {
  const rows = await db.query<ReleaseRow>(
    `${SELECT} WHERE w.slug = $1 AND r.address = $2 AND ($3::text IS NULL OR r.version = $3)
     ORDER BY r.published_at DESC, r.id LIMIT 1`,
    [workspace, address, version],
  );
  return rows[0] ? toInfo(rows[0]) : null;
}

/** The released card's JSON text, exactly as it was published. */
export async function releaseText(db: Queryable, id: string): Promise<string | null> {
  const rows = await db.query<{ text: string }>(
    'SELECT content::text AS text FROM releases WHERE id = $1',
    [id],
  );
  return rows[0]?.text ?? null;
}

/** The card row that holds an address in a workspace, if any card was published there. */
export async function addressOwner(db: Queryable, workspaceId: string, address: string) {
  const rows = await db.query<{ card_row_id: string }>(
    'SELECT card_row_id FROM releases WHERE workspace_id = $1 AND address = $2 LIMIT 1',
    [workspaceId, address],
  );
  return rows[0]?.card_row_id ?? null;
}

export interface NewRelease {
  id: string;
  workspaceId: string;
  cardRowId: string;
  address: string;
  version: string;
  text: string;
  hash: string;
  title: string;
  subtitle: string;
  regions: unknown;
  publishedAt: Date;
  by: Author;
  reviewId: string | null;
  sourceRevision: number;
  acceptedWarnings: string[];
}

export async function insertRelease(db: Queryable, r: NewRelease): Promise<void> {
  await db.query(
    `INSERT INTO releases (id, workspace_id, card_row_id, address, version, content, hash, title,
       subtitle, regions, published_at, published_by, published_by_name, review_id,
       source_revision, accepted_warnings)
     VALUES ($1, $2, $3, $4, $5, $6::json, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15, $16::jsonb)`,
    [
      r.id,
      r.workspaceId,
      r.cardRowId,
      r.address,
      r.version,
      r.text,
      r.hash,
      r.title,
      r.subtitle,
      JSON.stringify(r.regions),
      r.publishedAt,
      r.by.id,
      r.by.name,
      r.reviewId,
      r.sourceRevision,
      JSON.stringify(r.acceptedWarnings),
    ],
  );
}
