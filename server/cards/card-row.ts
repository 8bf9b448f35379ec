// The card a request names (…/cards/:id), without reading its content: for
// the routes that act on its history, reviews and releases.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/errors';

export interface CardRow {
  id: string;
  cardId: string;
  title: string;
  revision: number;
  hash: string;
  inBin: boolean;
}

export async function findCardRow(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<CardRow | null> {
  const rows = await db.query<{
    id: string;
    card_id: string;
    title: string;
    revision: number;
    hash: string;
    in_bin: boolean;
  }>(
    `SELECT id, card_id, title, revision, hash, deleted_at IS NOT NULL AS in_bin
     FROM cards WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id],
  );
  const row = rows[0];
  return row
    ? {
        id: row.id,
        cardId: row.card_id,
        title: row.title,
        revision: row.revision,
        hash: row.hash,
        inBin: row.in_bin,
      }
    : null;
}

/** The card of `:id` in the request's workspace (in use or in the bin); 404 otherwise. */
export async function cardRowOf(c: Context<AppEnv>): Promise<CardRow> {
  const card = await findCardRow(c.var.deps.db, c.var.workspace.id, c.req.param('id') ?? '');
  if (!card) throw new ApiError(404, 'not-found');
  return card;
}
