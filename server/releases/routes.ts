// A card's releases: list and read them (members), publish (beheerder).
// There is no route that changes or deletes a release, and the database
// would refuse it anyway.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env';
import { cardRowOf } from '../cards/card-row';
import { integerField, optionalStringField, readJson, type JsonObject } from '../http/body';
import { ApiError } from '../http/errors';
import { ownOrigin } from '../http/origin';
import { announce } from '../live/announce';
import { announceToFollowers } from '../regions/followers';
import { requireRole } from '../rights';
import { releaseLink } from './links';
import { publishCard, releaseAfterPublish, type PublishSource } from './publish';
import { listReleases, releaseOfCard, type ReleaseInfo } from './store';
import { verifiedRelease } from './verify';

export function releaseView(c: Context<AppEnv>, release: ReleaseInfo) {
  return {
    ...releaseLink(release, ownOrigin(c)),
    title: release.title,
    subtitle: release.subtitle,
    notes: release.notes,
    changes: release.changes,
    publishedBy: release.publishedBy,
    publishedByName: release.publishedByName,
    reviewId: release.reviewId,
    sourceRevision: release.sourceRevision,
    acceptedWarnings: release.acceptedWarnings,
  };
}

function publishSource(body: JsonObject): PublishSource {
  const review = optionalStringField(body, 'review', 100);
  if (review !== undefined) return { review };
  const version = optionalStringField(body, 'version', 100);
  if (version !== undefined) return { version };
  return body.revision === undefined ? {} : { revision: integerField(body, 'revision') };
}

export const releaseRoutes = new Hono<AppEnv>();

releaseRoutes.get('/cards/:id/releases', requireRole('lezer'), async (c) => {
  const card = await cardRowOf(c);
  const releases = await listReleases(c.var.deps.db, card.id);
  return c.json({ releases: releases.map((r) => releaseView(c, r)) });
});

releaseRoutes.get('/cards/:id/releases/:version', requireRole('lezer'), async (c) => {
  const card = await cardRowOf(c);
  const release = await releaseOfCard(c.var.deps.db, card.id, c.req.param('version'));
  if (!release) throw new ApiError(404, 'not-found');
  const { value } = await verifiedRelease(c.var.deps.db, release);
  return c.json({ ...releaseView(c, release), card: value });
});

releaseRoutes.post('/cards/:id/releases', requireRole('beheerder'), async (c) => {
  const card = await cardRowOf(c);
  const body = await readJson(c);
  if (body.acceptWarnings !== undefined && typeof body.acceptWarnings !== 'boolean')
    throw new ApiError(400, 'bad-request', { field: 'acceptWarnings' });
  const releaseVersion = optionalStringField(body, 'releaseVersion', 50);
  const notes = optionalStringField(body, 'notes', 5000);
  const { db } = c.var.deps;
  const workspace = c.var.workspace;
  const published = await publishCard(
    db,
    workspace,
    card.id,
    {
      source: publishSource(body),
      acceptWarnings: body.acceptWarnings === true,
      ...(releaseVersion !== undefined ? { releaseVersion } : {}),
      ...(notes !== undefined ? { notes } : {}),
    },
    c.var.account!,
  );
  const release = (await releaseAfterPublish(db, workspace.slug, published))!;
  const view = releaseView(c, release);
  const link = releaseLink(release, ownOrigin(c));
  announce(c, 'release-published', card.id, { hash: release.hash, release: link });
  await announceToFollowers(c, release, link);
  return c.json(view, 201);
});
