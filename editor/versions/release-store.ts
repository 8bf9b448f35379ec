// Releases in the studio's database. A release is written once and then only
// read: this class has no update or delete, and guardReleases makes the
// database itself refuse to change or remove a release row, whoever asks.
import { formatProblem } from '../../schema/problems';
import type { PublishCheck } from '../../schema/release';
import type { LocalizedText } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { DbSource, StudioDb } from '../persistence/db';
import { DbHandle } from '../persistence/db-handle';
import { newId } from '../state/ids';
import type { ReleaseRow } from './version-rows';

export interface PublishInput {
  version: string;
  notes?: string;
  author?: string;
  /** The user saw the warnings and publishes anyway. */
  acceptWarnings?: boolean;
  /** Other origins the website folder may load ?card= from. */
  cardOrigins?: string[];
  now?: Date;
}

export type PublishOutcome =
  | { ok: true; release: ReleaseRow }
  | { ok: false; reason: 'errors' | 'warnings'; check: PublishCheck }
  | { ok: false; reason: 'version' | 'unchanged'; message: LocalizedText };

/** Cards being deleted for good (with their whole history): only their releases may go. */
const deletingForGood = new Set<string>();

/**
 * Runs `remove`, during which the releases of card row `rowId`, and only
 * those, may be deleted: deleting a card for good takes everything of it.
 */
export async function withReleasesOf<T>(rowId: string, remove: () => Promise<T>): Promise<T> {
  deletingForGood.add(rowId);
  try {
    return await remove();
  } finally {
    deletingForGood.delete(rowId);
  }
}

/**
 * Makes the releases table refuse updates and deletes: a release never changes.
 * The one exception is a card deleted for good (withReleasesOf), after its
 * dialog listed the releases and offered them for download.
 */
export function guardReleases(db: StudioDb): void {
  const refuse = (): never => {
    throw new Error('A published release cannot be changed or deleted; publish a newer one.');
  };
  db.releases.hook('updating', refuse);
  db.releases.hook('deleting', (_key, row: ReleaseRow) => {
    if (!deletingForGood.has(row.rowId)) refuse();
  });
}

/** The release model (with the diff it writes the changes with) is loaded when publishing, not with the studio. */
const releaseModel = () => import('../../schema/release');

export class ReleaseStore {
  private readonly db: DbHandle;

  constructor(db: DbSource) {
    this.db = new DbHandle(db);
  }

  /** Newest first. */
  async list(rowId: string): Promise<ReleaseRow[]> {
    const rows = await this.db.use((db) =>
      db.releases.where('[rowId+publishedAt]').between([rowId, ''], [rowId, '\uffff']).toArray(),
    );
    return rows.reverse();
  }

  async latest(rowId: string): Promise<ReleaseRow | undefined> {
    return (await this.list(rowId))[0];
  }

  async get(id: string): Promise<ReleaseRow | undefined> {
    return (await this.db.ready).releases.get(id);
  }

  async suggestVersion(rowId: string, now = new Date()): Promise<string> {
    const { nextReleaseVersion } = await releaseModel();
    return nextReleaseVersion(
      (await this.list(rowId)).map((r) => r.version),
      now,
    );
  }

  /**
   * Publishes the card as a new release: refused while it has errors, or has
   * warnings that were not accepted, or its content is the latest release's.
   */
  async publish(rowId: string, card: Card, input: PublishInput): Promise<PublishOutcome> {
    const { createRelease, publishCheck, versionRefusal } = await releaseModel();
    const check = publishCheck(card, input.now ? { now: input.now } : {});
    if (check.errors.length > 0) return { ok: false, reason: 'errors', check };
    if (check.warnings.length > 0 && !input.acceptWarnings)
      return { ok: false, reason: 'warnings', check };
    const releases = await this.list(rowId);
    const refusal = versionRefusal(
      input.version,
      releases.map((r) => r.version),
    );
    if (refusal) return { ok: false, reason: 'version', message: refusal };
    const previous = releases[0]?.card;
    // Releases are listed by date: a newer one is never dated before (or with) the one it supersedes.
    const after = previous?.release ? Date.parse(previous.release.publishedAt) + 1 : 0;
    const now = new Date(Math.max((input.now ?? new Date()).getTime(), after));
    const released = await createRelease(card, {
      version: input.version,
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      now,
      ...(previous ? { previous } : {}),
    });
    if (previous && previous.release?.hash === released.release!.hash)
      return {
        ok: false,
        reason: 'unchanged',
        message: {
          nl: `Deze inhoud is al gepubliceerd als versie ${previous.release.version}.`,
          en: `This content was already published as version ${previous.release.version}.`,
        },
      };
    const release: ReleaseRow = {
      id: newId('r', () => false),
      rowId,
      version: released.release!.version,
      publishedAt: released.release!.publishedAt,
      card: released,
      author: input.author?.trim() ?? '',
      acceptedWarnings: check.warnings.map((p) => formatProblem(p, 'nl')),
      ...(input.cardOrigins?.length ? { cardOrigins: input.cardOrigins } : {}),
    };
    // add, never put: an existing id or version number is refused by the database too.
    await (await this.db.ready).releases.add(release);
    return { ok: true, release };
  }
}
