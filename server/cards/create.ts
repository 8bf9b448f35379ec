// Storing a new card that went through the load path, for every route that
// makes one (a new or copied card, a regional version): the row, its first
// revision and the audit entry in one transaction, then the live event.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { audit } from '../audit/log';
import { NULL_CHARACTER_STATES, UNIQUE_VIOLATION, sqlState } from '../db/database';
import { ApiError } from '../http/errors';
import { announce } from '../live/announce';
import type { AcceptedCard } from './accept';
import { createCard, getCard } from './store';

/** Database refusals that are the card's fault, not the server's. */
export function cardRefusal(error: unknown): never {
  const state = sqlState(error);
  if (state === UNIQUE_VIOLATION) throw new ApiError(409, 'card-id-taken');
  if (state && NULL_CHARACTER_STATES.includes(state))
    throw new ApiError(422, 'unsupported-character');
  throw error;
}

/** Stores the card in the request's workspace; answers with it as StoredCard. */
export async function storeNewCard(
  c: Context<AppEnv>,
  accepted: AcceptedCard,
  details: Record<string, string> = {},
) {
  const { db } = c.var.deps;
  const workspace = c.var.workspace;
  const account = c.var.account!;
  const id = await db
    .transaction(async (tx) => {
      const created = await createCard(tx, workspace.id, accepted, account);
      await audit(tx, {
        actor: account,
        workspaceId: workspace.id,
        action: 'card-created',
        target: created,
        details: {
          title: accepted.card.title,
          cardId: accepted.card.id,
          hash: accepted.hash,
          ...details,
        },
      });
      return created;
    })
    .catch(cardRefusal);
  announce(c, 'card-created', id, { revision: 1, hash: accepted.hash });
  return (await getCard(db, workspace.id, id))!;
}
