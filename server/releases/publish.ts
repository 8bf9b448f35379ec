// Publishing: a release made from a version the workspace approved (or, with
// review switched off, from any version or revision), with the same checks as
// the studio's own publishing (schema/release): errors refuse, warnings need
// the beheerder's explicit acceptance, a version number is never reused, and
// content that is already the latest release is not published twice. One
// transaction, with the card row locked, so two beheerders cannot publish the
// same card at once.
import { formatProblem } from '../../schema/problems';
import { createRelease, nextReleaseVersion, publishCheck } from '../../schema/release';
import type { Card } from '../../schema/types';
import type { Account } from '../app-env';
import { audit } from '../audit/log';
import { acceptCard, loadStoredCard } from '../cards/accept';
import { createVersion } from '../cards/history';
import type { Database, Queryable } from '../db/database';
import { UNIQUE_VIOLATION, sqlState } from '../db/database';
import { ApiError } from '../http/errors';
import { newId } from '../ids';
import { RELEASE_VERSION_PATTERN } from '../public/address';
import { getReview, moveReview } from '../reviews/store';
import { readSettings } from '../workspaces/settings';
import { addressOwner, insertRelease, listReleases, publishedRelease } from './store';
import { verifiedRelease } from './verify';

export type PublishSource = { review: string } | { version: string } | { revision?: number };

export interface PublishInput {
  source: PublishSource;
  /** Suggested (YEAR.N) when left out. */
  releaseVersion?: string;
  notes?: string;
  acceptWarnings: boolean;
  now?: Date;
}

interface Source {
  content: unknown;
  revision: number;
  reviewId: string | null;
}

async function lockCard(tx: Queryable, workspaceId: string, cardRowId: string) {
  const rows = await tx.query<{ in_bin: boolean }>(
    `SELECT deleted_at IS NOT NULL AS in_bin FROM cards WHERE workspace_id = $1 AND id = $2 FOR UPDATE`,
    [workspaceId, cardRowId],
  );
  if (!rows[0]) throw new ApiError(404, 'not-found');
  if (rows[0].in_bin) throw new ApiError(410, 'in-bin');
}

/** What is to be published; with review required, only an approved review's version. */
async function sourceOf(
  tx: Queryable,
  workspaceId: string,
  cardRowId: string,
  source: PublishSource,
): Promise<Source> {
  const reviewRequired = (await readSettings(tx, workspaceId)).reviewRequired;
  let versionId: string | null = null;
  let reviewId: string | null = null;
  if ('review' in source) {
    const review = await getReview(tx, cardRowId, source.review);
    if (!review) throw new ApiError(404, 'not-found', { field: 'review' });
    if (review.status !== 'approved')
      throw new ApiError(409, 'review-not-approved', { status: review.status });
    [versionId, reviewId] = [review.versionId, review.id];
  } else if (reviewRequired) throw new ApiError(409, 'review-not-approved', { status: null });
  else if ('version' in source) versionId = source.version;
  const rows =
    versionId !== null
      ? await tx.query<{ content: unknown; revision: number }>(
          'SELECT content, revision FROM card_versions WHERE card_row_id = $1 AND id = $2',
          [cardRowId, versionId],
        )
      : await tx.query<{ content: unknown; revision: number }>(
          `SELECT r.content, r.revision FROM card_revisions r JOIN cards c ON c.id = r.card_row_id
           WHERE r.card_row_id = $1 AND r.revision = coalesce($2, c.revision)`,
          [cardRowId, 'revision' in source ? (source.revision ?? null) : null],
        );
  const row = rows[0];
  if (!row) throw new ApiError(404, 'not-found', { field: versionId ? 'version' : 'revision' });
  return { content: row.content, revision: row.revision, reviewId };
}

function checked(card: Card, input: PublishInput): string[] {
  const check = publishCheck(card, input.now ? { now: input.now } : {});
  if (check.errors.length > 0)
    throw new ApiError(422, 'publish-errors', { problems: check.errors });
  if (check.warnings.length > 0 && !input.acceptWarnings)
    throw new ApiError(409, 'warnings-not-accepted', { problems: check.warnings });
  return check.warnings.map((p) => formatProblem(p, 'nl'));
}

export interface Published {
  releaseId: string;
  version: string;
  address: string;
}

export async function publishCard(
  db: Database,
  workspace: { id: string; slug: string },
  cardRowId: string,
  input: PublishInput,
  by: Account,
): Promise<Published> {
  return db
    .transaction(async (tx) => {
      await lockCard(tx, workspace.id, cardRowId);
      const source = await sourceOf(tx, workspace.id, cardRowId, input.source);
      const card = loadStoredCard(source.content, cardRowId);
      const acceptedWarnings = checked(card, input);
      const earlier = await listReleases(tx, cardRowId);
      const now = input.now ?? new Date();
      const version =
        input.releaseVersion?.trim() ||
        nextReleaseVersion(
          earlier.map((r) => r.version),
          now,
        );
      if (!RELEASE_VERSION_PATTERN.test(version))
        throw new ApiError(400, 'bad-request', { field: 'releaseVersion' });
      if (earlier.some((r) => r.version === version))
        throw new ApiError(409, 'release-version-taken', { version });
      const latest = earlier[0];
      // The address is the card's id at its first release, and stays.
      const address = latest?.address ?? card.id;
      const owner = await addressOwner(tx, workspace.id, address);
      if (owner !== null && owner !== cardRowId)
        throw new ApiError(409, 'address-taken', { address });
      const previous = latest
        ? loadStoredCard((await verifiedRelease(tx, latest)).value, latest.id)
        : undefined;
      // Releases are listed by date: a newer one is never dated before the one it supersedes.
      const publishedAt = new Date(
        Math.max(now.getTime(), (latest?.publishedAt.getTime() ?? 0) + 1),
      );
      const released = await createRelease(card, {
        version,
        ...(input.notes?.trim() ? { notes: input.notes } : {}),
        now: publishedAt,
        ...(previous ? { previous } : {}),
      });
      const hash = released.release!.hash;
      if (latest && latest.hash === hash)
        throw new ApiError(409, 'release-unchanged', { version: latest.version });
      // Through the load path like everything the server stores (the notes, the changes).
      const accepted = await acceptCard(released);
      if (accepted.hash !== hash) throw new Error('Publicatie: hash verandert in het laadpad');
      const releaseId = newId('r');
      await insertRelease(tx, {
        id: releaseId,
        workspaceId: workspace.id,
        cardRowId,
        address,
        version,
        text: JSON.stringify(released),
        hash,
        title: released.title,
        subtitle: released.subtitle ?? '',
        regions: released.regions,
        publishedAt,
        by,
        reviewId: source.reviewId,
        sourceRevision: source.revision,
        acceptedWarnings,
      });
      const message = input.notes?.trim().slice(0, 500) ?? '';
      const mark = { revision: source.revision, reason: 'published' as const, message };
      await createVersion(tx, cardRowId, { ...mark, releaseVersion: version }, by);
      if (source.reviewId) {
        const moved = await moveReview(
          tx,
          cardRowId,
          source.reviewId,
          { from: ['approved'], to: 'published' },
          null,
        );
        if (!moved) throw new ApiError(409, 'review-not-approved', { status: null });
      }
      await audit(tx, {
        actor: by,
        workspaceId: workspace.id,
        action: 'release-published',
        target: cardRowId,
        details: {
          version,
          hash,
          address,
          revision: source.revision,
          review: source.reviewId,
          acceptedWarnings: acceptedWarnings.length,
        },
      });
      return { releaseId, version, address };
    })
    .catch((error: unknown) => {
      // Two publishes that raced past the checks: the database's unique keys decide.
      if (sqlState(error) === UNIQUE_VIOLATION) throw new ApiError(409, 'release-version-taken');
      throw error;
    });
}

/** The release just published, as the addresses serve it. */
export async function releaseAfterPublish(db: Queryable, slug: string, published: Published) {
  return publishedRelease(db, slug, published.address, published.version);
}
