// Reviews ("nalezing"): a version offered by one member, approved or sent
// back by another. Every change of state is one conditional UPDATE, so two
// colleagues deciding at once cannot both win: the second finds it settled.
import type { Account } from '../app-env';
import type { Queryable } from '../db/database';
import { newId } from '../ids';
import type { Author } from '../cards/store';

export const REVIEW_STATUSES = [
  'open',
  'approved',
  'returned',
  'withdrawn',
  'superseded',
  'published',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface Review {
  id: string;
  cardRowId: string;
  cardTitle: string;
  versionId: string;
  revision: number;
  hash: string;
  status: ReviewStatus;
  message: string;
  requestedBy: Author | null;
  requestedByName: string;
  requestedAt: string;
  /** Who approved, sent back or withdrew it; null while open (or when superseded). */
  decidedBy: Author | null;
  decidedAt: string | null;
  comment: string;
  /** The author of the offered version, who may not approve it either. */
  versionAuthorId: string | null;
}

interface ReviewRow {
  id: string;
  card_row_id: string;
  card_title: string;
  version_id: string;
  revision: number;
  hash: string;
  status: ReviewStatus;
  message: string;
  requested_by: string | null;
  requested_by_name: string;
  requested_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  comment: string;
  version_author_id: string | null;
}

const SELECT = `SELECT r.id, r.card_row_id, c.title AS card_title, r.version_id, r.revision, r.hash,
  r.status, r.message, r.requested_by, r.requested_by_name, r.requested_at, r.decided_by,
  r.decided_by_name, r.decided_at, r.comment, v.author_id AS version_author_id
  FROM reviews r JOIN cards c ON c.id = r.card_row_id JOIN card_versions v ON v.id = r.version_id`;

function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    cardRowId: row.card_row_id,
    cardTitle: row.card_title,
    versionId: row.version_id,
    revision: row.revision,
    hash: row.hash,
    status: row.status,
    message: row.message,
    requestedBy: row.requested_by ? { id: row.requested_by, name: row.requested_by_name } : null,
    requestedByName: row.requested_by_name,
    requestedAt: row.requested_at.toISOString(),
    decidedBy: row.decided_by ? { id: row.decided_by, name: row.decided_by_name ?? '' } : null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    comment: row.comment,
    versionAuthorId: row.version_author_id,
  };
}

/** A workspace's reviews, newest first: of one card, or the pending ones (open or approved). */
export async function listReviews(
  db: Queryable,
  workspaceId: string,
  filter: { cardRowId?: string; pendingOnly?: boolean },
): Promise<Review[]> {
  const rows = await db.query<ReviewRow>(
    `${SELECT} WHERE r.workspace_id = $1 AND ($2::text IS NULL OR r.card_row_id = $2)
       AND (NOT $3 OR r.status IN ('open', 'approved'))
     ORDER BY r.requested_at DESC, r.id`,
    [workspaceId, filter.cardRowId ?? null, filter.pendingOnly ?? false],
  );
  return rows.map(toReview);
}

export async function getReview(db: Queryable, cardRowId: string, id: string) {
  const rows = await db.query<ReviewRow>(`${SELECT} WHERE r.card_row_id = $1 AND r.id = $2`, [
    cardRowId,
    id,
  ]);
  return rows[0] ? toReview(rows[0]) : null;
}

export interface NewReview {
  workspaceId: string;
  cardRowId: string;
  versionId: string;
  message: string;
}

/**
 * Offers a version for review. An earlier offer of the same card that is still
 * open is superseded: a colleague reviews what was offered last.
 * Returns the new review and the ids it superseded; null when there is no such version.
 */
export async function createReview(db: Queryable, input: NewReview, by: Account) {
  const id = newId('n');
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO reviews (id, workspace_id, card_row_id, version_id, revision, hash, status,
       message, requested_by, requested_by_name)
     SELECT $1, $2, $3, v.id, v.revision, v.hash, 'open', $5, $6, $7
     FROM card_versions v WHERE v.card_row_id = $3 AND v.id = $4 AND v.revision IS NOT NULL
     RETURNING id`,
    [id, input.workspaceId, input.cardRowId, input.versionId, input.message.trim(), by.id, by.name],
  );
  if (inserted.length === 0) return null;
  const superseded = await db.query<{ id: string }>(
    `UPDATE reviews SET status = 'superseded', decided_at = now()
     WHERE card_row_id = $1 AND status = 'open' AND id <> $2 RETURNING id`,
    [input.cardRowId, id],
  );
  return { review: (await getReview(db, input.cardRowId, id))!, superseded };
}

/**
 * Moves a review from one state to the next (open → approved, returned or
 * withdrawn; approved → published or withdrawn). Null when it is no longer in `from`.
 */
export async function moveReview(
  db: Queryable,
  cardRowId: string,
  id: string,
  change: { from: readonly ReviewStatus[]; to: ReviewStatus; comment?: string },
  by: Account | null,
): Promise<Review | null> {
  const rows = await db.query(
    `UPDATE reviews SET status = $3, comment = coalesce($4, comment),
       decided_by = coalesce($5, decided_by), decided_by_name = coalesce($6, decided_by_name),
       decided_at = CASE WHEN $5::text IS NULL THEN decided_at ELSE now() END
     WHERE card_row_id = $1 AND id = $2 AND status = ANY (string_to_array($7, ','))
     RETURNING id`,
    [
      cardRowId,
      id,
      change.to,
      change.comment?.trim() ?? null,
      by?.id ?? null,
      by?.name ?? null,
      change.from.join(','),
    ],
  );
  return rows.length > 0 ? getReview(db, cardRowId, id) : null;
}
