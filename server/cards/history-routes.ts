// A card's revisions (every accepted save) and versions (named, checkpoints).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { audit } from '../audit/log';
import { integerField, optionalStringField, readJson } from '../http/body';
import { ApiError } from '../http/errors';
import { announce } from '../live/announce';
import { requireRole } from '../rights';
import {
  createVersion,
  getRevision,
  getVersion,
  isVersionReason,
  listRevisions,
  listVersions,
} from './history';
import { cardRowOf as cardOf } from './card-row';

export const historyRoutes = new Hono<AppEnv>();

historyRoutes.get('/cards/:id/revisions', requireRole('lezer'), async (c) => {
  const card = await cardOf(c);
  return c.json({ revisions: await listRevisions(c.var.deps.db, card.id) });
});

historyRoutes.get('/cards/:id/revisions/:revision', requireRole('lezer'), async (c) => {
  const card = await cardOf(c);
  const number = Number(c.req.param('revision'));
  const revision = Number.isInteger(number)
    ? await getRevision(c.var.deps.db, card.id, number)
    : null;
  if (!revision) throw new ApiError(404, 'not-found');
  return c.json(revision);
});

historyRoutes.get('/cards/:id/versions', requireRole('lezer'), async (c) => {
  const card = await cardOf(c);
  return c.json({ versions: await listVersions(c.var.deps.db, card.id) });
});

historyRoutes.get('/cards/:id/versions/:version', requireRole('lezer'), async (c) => {
  const card = await cardOf(c);
  const version = await getVersion(c.var.deps.db, card.id, c.req.param('version'));
  if (!version) throw new ApiError(404, 'not-found');
  return c.json(version);
});

historyRoutes.post('/cards/:id/versions', requireRole('redacteur'), async (c) => {
  const card = await cardOf(c);
  const body = await readJson(c);
  const reason = body.reason ?? 'named';
  if (!isVersionReason(reason)) throw new ApiError(400, 'bad-request', { field: 'reason' });
  const input = {
    revision: body.revision === undefined ? card.revision : integerField(body, 'revision'),
    reason,
    message: optionalStringField(body, 'message', 500) ?? '',
    ...optional('restoredFrom', optionalStringField(body, 'restoredFrom', 100)),
    ...optional('releaseVersion', optionalStringField(body, 'releaseVersion', 50)),
  };
  const { db } = c.var.deps;
  const workspace = c.var.workspace;
  const account = c.var.account!;
  const version = await db.transaction(async (tx) => {
    const made = await createVersion(tx, card.id, input, account);
    if (!made) throw new ApiError(404, 'not-found', { field: 'revision' });
    await audit(tx, {
      actor: account,
      workspaceId: workspace.id,
      action: 'version-created',
      target: card.id,
      details: { version: made.id, reason, revision: input.revision, message: input.message },
    });
    return made;
  });
  announce(c, 'version-created', card.id, { revision: input.revision, hash: version.hash });
  return c.json(version, 201);
});

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
