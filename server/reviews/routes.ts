// Review before publishing. A redacteur offers a version ("ter nalezing
// aanbieden") with a message; another member (lezer and up, not the one who
// offered it nor the version's author) approves it or sends it back with a
// comment; the offerer or a beheerder can withdraw it. Each step is in the
// audit log and on the live streams.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env';
import { audit, type AuditAction } from '../audit/log';
import { cardRowOf } from '../cards/card-row';
import { createVersion, getVersion } from '../cards/history';
import { integerField, optionalStringField, readJson } from '../http/body';
import { ApiError } from '../http/errors';
import { announce } from '../live/announce';
import type { LiveEventType } from '../live/hub';
import { requireRole, roleAllows } from '../rights';
import { createReview, getReview, listReviews, moveReview, type ReviewStatus } from './store';

export const reviewRoutes = new Hono<AppEnv>();

reviewRoutes.get('/reviews', requireRole('lezer'), async (c) => {
  const pendingOnly = c.req.query('status') !== 'all';
  const reviews = await listReviews(c.var.deps.db, c.var.workspace.id, { pendingOnly });
  return c.json({ reviews });
});

reviewRoutes.get('/cards/:id/reviews', requireRole('lezer'), async (c) => {
  const card = await cardRowOf(c);
  const reviews = await listReviews(c.var.deps.db, c.var.workspace.id, { cardRowId: card.id });
  return c.json({ reviews });
});

reviewRoutes.get('/cards/:id/reviews/:review', requireRole('lezer'), async (c) => {
  const card = await cardRowOf(c);
  const { db } = c.var.deps;
  const review = await getReview(db, card.id, c.req.param('review'));
  if (!review) throw new ApiError(404, 'not-found');
  const version = await getVersion(db, card.id, review.versionId);
  return c.json({ ...review, card: version!.card });
});

/** Offers a version: the one named, or a new named version of a revision (the current one). */
reviewRoutes.post('/cards/:id/reviews', requireRole('redacteur'), async (c) => {
  const card = await cardRowOf(c);
  if (card.inBin) throw new ApiError(410, 'in-bin');
  const body = await readJson(c);
  const message = optionalStringField(body, 'message', 500) ?? '';
  const versionId = optionalStringField(body, 'version', 100);
  const revision = body.revision === undefined ? card.revision : integerField(body, 'revision');
  const { db } = c.var.deps;
  const workspace = c.var.workspace;
  const account = c.var.account!;
  const made = await db.transaction(async (tx) => {
    let id = versionId;
    if (id === undefined) {
      const version = await createVersion(
        tx,
        card.id,
        { revision, reason: 'named', message },
        account,
      );
      if (!version) throw new ApiError(404, 'not-found', { field: 'revision' });
      id = version.id;
    }
    const result = await createReview(
      tx,
      { workspaceId: workspace.id, cardRowId: card.id, versionId: id, message },
      account,
    );
    if (!result) throw new ApiError(404, 'not-found', { field: 'version' });
    await audit(tx, {
      actor: account,
      workspaceId: workspace.id,
      action: 'review-requested',
      target: card.id,
      details: {
        review: result.review.id,
        version: id,
        revision: result.review.revision,
        message,
        superseded: result.superseded.map((s) => s.id).join(',') || null,
      },
    });
    return result.review;
  });
  announce(c, 'review-requested', card.id, {
    revision: made.revision,
    hash: made.hash,
    review: made,
  });
  return c.json(made, 201);
});

interface Decision {
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  action: AuditAction;
  event: LiveEventType;
  commentRequired: boolean;
}

const DECISIONS: Record<string, Decision> = {
  approve: {
    from: ['open'],
    to: 'approved',
    action: 'review-approved',
    event: 'review-approved',
    commentRequired: false,
  },
  return: {
    from: ['open'],
    to: 'returned',
    action: 'review-returned',
    event: 'review-returned',
    commentRequired: true,
  },
  withdraw: {
    from: ['open', 'approved'],
    to: 'withdrawn',
    action: 'review-withdrawn',
    event: 'review-withdrawn',
    commentRequired: false,
  },
};

async function decide(c: Context<AppEnv>, decision: Decision) {
  const card = await cardRowOf(c);
  const { db } = c.var.deps;
  const account = c.var.account!;
  const review = await getReview(db, card.id, c.req.param('review') ?? '');
  if (!review) throw new ApiError(404, 'not-found');
  const body = await readJson(c);
  const comment = optionalStringField(body, 'comment', 2000)?.trim() ?? '';
  if (decision.commentRequired && !comment)
    throw new ApiError(400, 'bad-request', { field: 'comment' });
  const own = review.requestedBy?.id === account.id || review.versionAuthorId === account.id;
  if (decision.to === 'withdrawn') {
    // Withdrawing is for whoever offered it, or a beheerder.
    if (review.requestedBy?.id !== account.id && !roleAllows(c.var.role, 'beheerder'))
      throw new ApiError(403, 'forbidden', { needed: 'beheerder', role: c.var.role });
  } else if (own) throw new ApiError(403, 'own-review');
  const workspace = c.var.workspace;
  const moved = await db.transaction(async (tx) => {
    const after = await moveReview(
      tx,
      card.id,
      review.id,
      { from: decision.from, to: decision.to, comment },
      account,
    );
    if (!after) throw new ApiError(409, 'review-not-open', { status: review.status });
    await audit(tx, {
      actor: account,
      workspaceId: workspace.id,
      action: decision.action,
      target: card.id,
      details: { review: review.id, version: review.versionId, comment },
    });
    return after;
  });
  announce(c, decision.event, card.id, {
    revision: moved.revision,
    hash: moved.hash,
    review: moved,
  });
  return c.json(moved);
}

reviewRoutes.post('/cards/:id/reviews/:review/approve', requireRole('lezer'), (c) =>
  decide(c, DECISIONS.approve!),
);
reviewRoutes.post('/cards/:id/reviews/:review/return', requireRole('lezer'), (c) =>
  decide(c, DECISIONS.return!),
);
reviewRoutes.post('/cards/:id/reviews/:review/withdraw', requireRole('redacteur'), (c) =>
  decide(c, DECISIONS.withdraw!),
);
