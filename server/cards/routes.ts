// The cards of a workspace: list, read, create (also: copy a local card in),
// save with the revision it started from, to the bin and back.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { audit } from '../audit/log';
import { BODY_LIMIT_CARD, integerField, readJson } from '../http/body';
import { ApiError } from '../http/errors';
import { announce } from '../live/announce';
import { requireRole } from '../rights';
import { acceptCard } from './accept';
import { cardRefusal, storeNewCard } from './create';
import { getCard, listCards, moveToBin, restoreFromBin, saveCard } from './store';

export const cardRoutes = new Hono<AppEnv>();

cardRoutes.get('/cards', requireRole('lezer'), async (c) =>
  c.json({ cards: await listCards(c.var.deps.db, c.var.workspace.id, false) }),
);

cardRoutes.get('/bin', requireRole('lezer'), async (c) =>
  c.json({ cards: await listCards(c.var.deps.db, c.var.workspace.id, true) }),
);

cardRoutes.get('/cards/:id', requireRole('lezer'), async (c) => {
  const card = await getCard(c.var.deps.db, c.var.workspace.id, c.req.param('id'));
  if (!card) throw new ApiError(404, 'not-found');
  return c.json(card);
});

cardRoutes.post('/cards', requireRole('redacteur'), async (c) => {
  const body = await readJson(c, BODY_LIMIT_CARD);
  const accepted = await acceptCard(body.card);
  const card = await storeNewCard(c, accepted);
  return c.json({ ...card, problems: accepted.problems }, 201);
});

cardRoutes.put('/cards/:id', requireRole('redacteur'), async (c) => {
  const body = await readJson(c, BODY_LIMIT_CARD);
  const baseRevision = integerField(body, 'baseRevision');
  const accepted = await acceptCard(body.card);
  const { db } = c.var.deps;
  const workspace = c.var.workspace;
  const account = c.var.account!;
  const id = c.req.param('id');
  const result = await saveCard(db, workspace.id, id, baseRevision, accepted, account).catch(
    cardRefusal,
  );
  if (!result.ok) {
    if (result.reason === 'missing') throw new ApiError(404, 'not-found');
    if (result.reason === 'in-bin') throw new ApiError(410, 'in-bin');
    // Never overwrite silently: the studio gets what is there now and merges.
    throw new ApiError(409, 'conflict', { current: result.current });
  }
  announce(c, 'card-saved', id, { revision: result.revision, hash: accepted.hash });
  return c.json({
    id,
    revision: result.revision,
    hash: accepted.hash,
    updatedAt: result.updatedAt,
    problems: accepted.problems,
  });
});

cardRoutes.delete('/cards/:id', requireRole('redacteur'), async (c) => {
  const { db } = c.var.deps;
  const workspace = c.var.workspace;
  const account = c.var.account!;
  const id = c.req.param('id');
  const moved = await db.transaction(async (tx) => {
    if (!(await moveToBin(tx, workspace.id, id, account))) return false;
    await audit(tx, {
      actor: account,
      workspaceId: workspace.id,
      action: 'card-deleted',
      target: id,
    });
    return true;
  });
  if (!moved) throw new ApiError(404, 'not-found');
  announce(c, 'card-deleted', id);
  return c.body(null, 204);
});

cardRoutes.post('/cards/:id/restore', requireRole('redacteur'), async (c) => {
  const { db } = c.var.deps;
  const workspace = c.var.workspace;
  const account = c.var.account!;
  const id = c.req.param('id');
  const restored = await db
    .transaction(async (tx) => {
      const card = await getCard(tx, workspace.id, id);
      if (!card) throw new ApiError(404, 'not-found');
      if (!card.deletedAt) throw new ApiError(409, 'not-in-bin');
      await restoreFromBin(tx, workspace.id, id);
      await audit(tx, {
        actor: account,
        workspaceId: workspace.id,
        action: 'card-restored',
        target: id,
      });
      return card;
    })
    .catch(cardRefusal);
  announce(c, 'card-restored', id, { revision: restored.revision, hash: restored.hash });
  return c.json(await getCard(db, workspace.id, id));
});
