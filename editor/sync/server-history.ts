// The version history of a server card, behind the same interface as the
// local one (VersionHistory), so the Versies panel, compare and restore work
// unchanged. Named versions and checkpoints are stored on the server, with the
// account's name as author; this browser keeps their list in its `versions`
// table as a cache (so the panel stays live and the list is there offline)
// and fetches a version's content when it is compared or restored.
import { contentHash } from '../../schema/hash';
import type { Card } from '../../schema/types';
import { language, translate } from '../i18n/i18n';
import type { DbSource } from '../persistence/db';
import { VersionHistory, type RecordInput } from '../versions/version-history';
import type { VersionReason, VersionRow } from '../versions/version-rows';
import { ApiError, OfflineError, type ApiClient } from './api-client';
import type { ServerVersion } from './api-types';
import { serverCard } from './sync-engine';
import type { ServerCardRow } from './sync-rows';
import { syncTexts } from './sync-texts';

/** Snapshot keys of server versions: the content is on the server. */
const SERVER_SNAPSHOT = 'server:';
const CACHE_SIZE = 16;

export interface HistoryServer {
  readonly api: ApiClient;
  /** The server card a local row holds, if it is one. */
  linkOf(rowId: string): ServerCardRow | undefined;
  /** False for a lezer: no checkpoints are asked of the server. */
  mayEdit(rowId: string): boolean;
  /** The server revision whose content has this hash, once local changes are sent; null when none. */
  revisionWith(rowId: string, hash: string): Promise<number | null>;
}

function toRow(rowId: string, v: ServerVersion): VersionRow {
  return {
    id: v.id,
    rowId,
    createdAt: Date.parse(v.createdAt),
    reason: v.reason as VersionReason,
    author: v.authorName,
    message: v.message,
    hash: v.hash,
    snapshot: `${SERVER_SNAPSHOT}${v.id}`,
    ...(v.restoredFrom ? { restoredFrom: v.restoredFrom } : {}),
    ...(v.releaseVersion ? { releaseVersion: v.releaseVersion } : {}),
  };
}

/** Why a named version could not be stored, in the user's language. */
function describe(error: unknown): string {
  const lang = language.get();
  if (error instanceof OfflineError) return translate(syncTexts.versionOffline, lang);
  if (error instanceof ApiError)
    return error.text[lang] || translate(syncTexts.versionFailed, lang);
  return translate(syncTexts.versionFailed, lang);
}

export class ServerVersionHistory extends VersionHistory {
  private readonly contents = new Map<string, Card>();

  constructor(
    db: DbSource,
    private readonly server: HistoryServer,
    now: () => number = Date.now,
  ) {
    super(db, now);
  }

  /** Fetches the card's versions from the server into the cache. */
  async refresh(rowId: string): Promise<void> {
    const link = this.server.linkOf(rowId);
    if (!link) return;
    const versions = await this.server.api.versions(link.workspaceSlug, link.serverId);
    if (this.server.linkOf(rowId)?.serverId !== link.serverId) return;
    await (await this.db.ready).versions.bulkPut(versions.map((v) => toRow(rowId, v)));
  }

  override async record(
    rowId: string,
    card: Card,
    input: RecordInput,
  ): Promise<VersionRow | undefined> {
    const link = this.server.linkOf(rowId);
    if (!link) return super.record(rowId, card, input);
    const named = input.reason === 'named';
    if (!named && !this.server.mayEdit(rowId)) return undefined;
    try {
      const hash = await contentHash(card);
      const latest = await this.latest(rowId);
      if (!named && latest?.hash === hash && !input.releaseVersion) return undefined;
      const revision = await this.server.revisionWith(rowId, hash);
      if (revision === null) throw new OfflineError();
      const version = await this.server.api.createVersion(link.workspaceSlug, link.serverId, {
        reason: input.reason,
        revision,
        ...(input.message ? { message: input.message.trim().slice(0, 500) } : {}),
        ...(input.restoredFrom ? { restoredFrom: input.restoredFrom } : {}),
        ...(input.releaseVersion ? { releaseVersion: input.releaseVersion } : {}),
      });
      const row = toRow(rowId, version);
      await (await this.db.ready).versions.put(row);
      return row;
    } catch (error) {
      // A checkpoint that cannot be made now (offline, a lezer) is skipped; a named version says why.
      if (named) throw new Error(describe(error), { cause: error });
      return undefined;
    }
  }

  override async cardOf(version: VersionRow): Promise<Card> {
    if (!version.snapshot.startsWith(SERVER_SNAPSHOT)) return super.cardOf(version);
    const cached = this.contents.get(version.id);
    if (cached) return cached;
    const link = this.server.linkOf(version.rowId);
    if (!link) throw new Error(describe(null));
    const stored = await this.server.api.version(link.workspaceSlug, link.serverId, version.id);
    const card = serverCard(stored.card);
    this.contents.set(version.id, card);
    if (this.contents.size > CACHE_SIZE) this.contents.delete(this.contents.keys().next().value!);
    return card;
  }
}
