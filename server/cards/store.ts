// Cards in a workspace: the current content and revision per card, every
// accepted save as a revision, and the bin. A save names the revision it
// started from and is refused when someone saved since: the conditional
// UPDATE makes the check and the write one step, also with concurrent saves
// on a real PostgreSQL server (the second waits for the row lock, then finds
// the revision changed).
import type { Account } from '../app-env';
import type { Queryable } from '../db/database';
import { newId } from '../ids';
import { loadStoredCard, type AcceptedCard } from './accept';
import { loadedCard, rememberLoaded } from './loaded-cards';
import type { Card } from '../../schema/types';

export interface Author {
  id: string;
  name: string;
}

export interface CardSummary {
  id: string;
  cardId: string;
  title: string;
  subtitle: string;
  revision: number;
  hash: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: Author | null;
  deletedAt: string | null;
}

export interface StoredCard extends CardSummary {
  card: Card;
}

interface CardRow {
  id: string;
  card_id: string;
  title: string;
  subtitle: string;
  revision: number;
  hash: string;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  updated_by: string | null;
  updated_by_name: string | null;
  content?: unknown;
}

const SUMMARY_COLUMNS = `c.id, c.card_id, c.title, c.subtitle, c.revision, c.hash, c.created_at,
  c.updated_at, c.deleted_at, c.updated_by, a.name AS updated_by_name`;
const FROM = 'FROM cards c LEFT JOIN accounts a ON a.id = c.updated_by';

function summary(row: CardRow): CardSummary {
  return {
    id: row.id,
    cardId: row.card_id,
    title: row.title,
    subtitle: row.subtitle,
    revision: row.revision,
    hash: row.hash,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by ? { id: row.updated_by, name: row.updated_by_name ?? '' } : null,
    deletedAt: row.deleted_at?.toISOString() ?? null,
  };
}

export async function listCards(db: Queryable, workspaceId: string, inBin: boolean) {
  const rows = await db.query<CardRow>(
    `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE c.workspace_id = $1 AND (c.deleted_at IS NULL) = $2
     ORDER BY ${inBin ? 'c.deleted_at' : 'c.updated_at'} DESC`,
    [workspaceId, !inBin],
  );
  return rows.map(summary);
}

export async function getCard(db: Queryable, workspaceId: string, id: string) {
  const rows = await db.query<CardRow>(
    `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE c.workspace_id = $1 AND c.id = $2`,
    [workspaceId, id],
  );
  const row = rows[0];
  if (!row) return null;
  let card = loadedCard(row.id, row.revision, row.hash);
  if (!card) {
    const [stored] = await db.query<{ content: unknown }>(
      'SELECT content FROM cards WHERE id = $1 AND revision = $2',
      [row.id, row.revision],
    );
    if (!stored) return getCard(db, workspaceId, id); // saved in between: read again
    card = loadStoredCard(stored.content, id);
    rememberLoaded(row.id, row.revision, row.hash, card);
  }
  return { ...summary(row), card } satisfies StoredCard;
}

/** Keeps the card's current content as a revision, copied in SQL rather than sent twice. */
async function recordRevision(db: Queryable, id: string) {
  await db.query(
    `INSERT INTO card_revisions (card_row_id, revision, content, hash, author_id, created_at)
     SELECT id, revision, content, hash, updated_by, updated_at FROM cards WHERE id = $1`,
    [id],
  );
}

export async function createCard(
  db: Queryable,
  workspaceId: string,
  accepted: AcceptedCard,
  by: Account,
) {
  const id = newId('k');
  const { card } = accepted;
  await db.query(
    `INSERT INTO cards (id, workspace_id, card_id, title, subtitle, revision, content, hash, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, 1, $6::json, $7, $8, $8)`,
    [
      id,
      workspaceId,
      card.id,
      card.title,
      card.subtitle ?? '',
      JSON.stringify(card),
      accepted.hash,
      by.id,
    ],
  );
  await recordRevision(db, id);
  rememberLoaded(id, 1, accepted.hash, card);
  return id;
}

export type SaveResult =
  | { ok: true; revision: number; updatedAt: string }
  | {
      ok: false;
      reason: 'missing' | 'in-bin' | 'conflict';
      current?: StoredCard;
    };

/**
 * Saves if nobody saved since `baseRevision`: the check, the write, the kept
 * revision and the audit entry are one SQL statement, so the row is locked
 * only while PostgreSQL runs it, not across round trips to this process
 * (which, with fifty editors on ten cards, queued every save behind the
 * slowest). A concurrent save on the same base waits for the row lock, then
 * finds the revision changed and is refused.
 */
export async function saveCard(
  db: Queryable,
  workspaceId: string,
  id: string,
  baseRevision: number,
  accepted: AcceptedCard,
  by: Account,
): Promise<SaveResult> {
  const { card } = accepted;
  const rows = await db.query<{ revision: number; updated_at: Date }>(
    `WITH saved AS (
       UPDATE cards SET content = $4::json, hash = $5, card_id = $6, title = $7, subtitle = $8,
         revision = revision + 1, updated_at = now(), updated_by = $9
       WHERE workspace_id = $1 AND id = $2 AND revision = $3 AND deleted_at IS NULL
       RETURNING id, revision, content, hash, updated_by, updated_at, title),
     kept AS (
       INSERT INTO card_revisions (card_row_id, revision, content, hash, author_id, created_at)
       SELECT id, revision, content, hash, updated_by, updated_at FROM saved),
     logged AS (
       INSERT INTO audit_log (actor_id, actor_email, workspace_id, action, target, details)
       SELECT $9, $10, $1, 'card-saved', id,
              jsonb_build_object('revision', revision, 'hash', hash, 'title', title)
       FROM saved)
     SELECT revision, updated_at FROM saved`,
    [
      workspaceId,
      id,
      baseRevision,
      JSON.stringify(card),
      accepted.hash,
      card.id,
      card.title,
      card.subtitle ?? '',
      by.id,
      by.email,
    ],
  );
  const saved = rows[0];
  if (saved) {
    rememberLoaded(id, saved.revision, accepted.hash, card);
    return { ok: true, revision: saved.revision, updatedAt: saved.updated_at.toISOString() };
  }
  const current = await getCard(db, workspaceId, id);
  if (!current) return { ok: false, reason: 'missing' };
  if (current.deletedAt) return { ok: false, reason: 'in-bin', current };
  return { ok: false, reason: 'conflict', current };
}

/** To the bin (soft delete); false when there is no such card in use. */
export async function moveToBin(db: Queryable, workspaceId: string, id: string, by: Account) {
  const rows = await db.query(
    `UPDATE cards SET deleted_at = now(), deleted_by = $3
     WHERE workspace_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING id`,
    [workspaceId, id, by.id],
  );
  return rows.length > 0;
}

/** Back from the bin; the revision is kept, so a studio that had it open can go on saving. */
export async function restoreFromBin(db: Queryable, workspaceId: string, id: string) {
  const rows = await db.query(
    `UPDATE cards SET deleted_at = NULL, deleted_by = NULL
     WHERE workspace_id = $1 AND id = $2 AND deleted_at IS NOT NULL RETURNING id`,
    [workspaceId, id],
  );
  return rows.length > 0;
}
