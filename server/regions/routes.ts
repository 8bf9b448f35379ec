// Regions that follow their base: make a regional version of a published card
// in one's own workspace, see which regional cards are behind their base, get
// the base's latest release for the base-update dialog, and set the notice
// aside for one release.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env';
import { audit } from '../audit/log';
import { findCardRow } from '../cards/card-row';
import { readJson, stringField } from '../http/body';
import { ApiError } from '../http/errors';
import { ownOrigin } from '../http/origin';
import { announce } from '../live/announce';
import { publishedRelease } from '../releases/store';
import { verifiedRelease } from '../releases/verify';
import { requireRole } from '../rights';
import { baseStatuses, publicStatus } from './base-status';
import { deriveRoute } from './derive-route';

async function statusOf(c: Context<AppEnv>) {
  const { db } = c.var.deps;
  const card = await findCardRow(db, c.var.workspace.id, c.req.param('id') ?? '');
  if (!card) throw new ApiError(404, 'not-found');
  const [status] = await baseStatuses(db, ownOrigin(c), c.var.workspace.id, card.id);
  if (!status?.release) throw new ApiError(404, 'no-base');
  return { card, status, release: status.release };
}

export const regionRoutes = new Hono<AppEnv>();

regionRoutes.post('/regional-versions', requireRole('redacteur'), deriveRoute);

regionRoutes.get('/base-updates', requireRole('lezer'), async (c) => {
  const statuses = await baseStatuses(c.var.deps.db, ownOrigin(c), c.var.workspace.id);
  return c.json({ cards: statuses.map(publicStatus) });
});

regionRoutes.get('/cards/:id/base-update', requireRole('lezer'), async (c) => {
  const { status, release } = await statusOf(c);
  const { value } = await verifiedRelease(c.var.deps.db, release);
  return c.json({ ...publicStatus(status), card: value });
});

regionRoutes.put('/cards/:id/base-update/set-aside', requireRole('redacteur'), async (c) => {
  const { card, status } = await statusOf(c);
  const body = await readJson(c);
  const version = stringField(body, 'version', 50);
  const { db } = c.var.deps;
  const base = status.base;
  const release = await publishedRelease(db, base.workspace!, base.address!, version);
  if (!release) throw new ApiError(400, 'bad-request', { field: 'version' });
  const account = c.var.account!;
  const workspace = c.var.workspace;
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO base_updates_set_aside (card_row_id, version, hash, set_by, set_by_name)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (card_row_id) DO UPDATE SET version = EXCLUDED.version, hash = EXCLUDED.hash,
         set_by = EXCLUDED.set_by, set_by_name = EXCLUDED.set_by_name, set_at = now()`,
      [card.id, version, release.hash, account.id, account.name],
    );
    await audit(tx, {
      actor: account,
      workspaceId: workspace.id,
      action: 'base-update-set-aside',
      target: card.id,
      details: { version, base: base.url },
    });
  });
  announce(c, 'base-update-set-aside', card.id, { setAsideFor: version });
  const [now] = await baseStatuses(db, ownOrigin(c), workspace.id, card.id);
  return c.json(publicStatus(now!));
});

regionRoutes.delete('/cards/:id/base-update/set-aside', requireRole('redacteur'), async (c) => {
  const { db } = c.var.deps;
  const workspace = c.var.workspace;
  const card = await findCardRow(db, workspace.id, c.req.param('id'));
  if (!card) throw new ApiError(404, 'not-found');
  const account = c.var.account!;
  const cleared = await db.transaction(async (tx) => {
    const rows = await tx.query<{ version: string }>(
      'DELETE FROM base_updates_set_aside WHERE card_row_id = $1 RETURNING version',
      [card.id],
    );
    if (rows.length === 0) return false;
    await audit(tx, {
      actor: account,
      workspaceId: workspace.id,
      action: 'base-update-set-aside-cleared',
      target: card.id,
      details: { version: rows[0]!.version },
    });
    return true;
  });
  if (cleared) announce(c, 'base-update-set-aside', card.id, { setAsideFor: null });
  return c.body(null, 204);
});
