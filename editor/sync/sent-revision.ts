// Which server revision holds a given content of a card: what a version, a
// review or a release names. Local changes are sent first, so the card as it
// is now has a revision; an older content is looked up in the card's revisions.
import { contentHash } from '../../schema/hash';
import { loadCardValue } from '../../schema/load/load-card';
import type { CardSession } from '../persistence/card-session';
import type { DocumentStore } from '../state/document-store';
import { OfflineError, type ApiClient } from './api-client';
import type { Connection } from './connection';
import type { LinkStore } from './link-store';
import type { SyncEngine } from './sync-engine';
import type { ServerCardRow } from './sync-rows';

export interface SentRevisionDeps {
  engine: SyncEngine;
  links: LinkStore;
  api: ApiClient;
  connection: Connection;
}

/** The revision whose content has this hash, after sending what waits; null when there is none. */
export async function revisionWithHash(
  deps: SentRevisionDeps,
  link: ServerCardRow,
  rowId: string,
  hash: string,
): Promise<number | null> {
  try {
    await deps.engine.syncNow(link.serverId);
  } catch (error) {
    if (error instanceof OfflineError) deps.connection.failed();
    throw error;
  }
  const fresh = await deps.links.get(link.serverId);
  const row = await deps.links.db.cards.get(rowId);
  const body = await deps.links.db.cardBodies.get(rowId);
  const loaded = row && body && loadCardValue(body.card);
  if (fresh && !fresh.conflict && row && row.revision <= fresh.syncedLocalRevision && loaded?.ok)
    if ((await contentHash(loaded.card)) === hash) return fresh.baseRevision;
  const revisions = await deps.api.revisions(link.workspaceSlug, link.serverId);
  return revisions.find((r) => r.hash === hash)?.revision ?? null;
}

/** The revisions of the cards in this browser, and of the open one as it is now. */
export class SentRevisions {
  constructor(
    private readonly deps: SentRevisionDeps,
    private readonly linkOf: (rowId: string) => ServerCardRow | undefined,
    private readonly session: CardSession,
    private readonly store: DocumentStore,
  ) {}

  withHash(rowId: string, hash: string): Promise<number | null> {
    const link = this.linkOf(rowId);
    return link ? revisionWithHash(this.deps, link, rowId, hash) : Promise.resolve(null);
  }

  /** The open card as it is now: saved, sent, and its revision. */
  async ofOpenCard(): Promise<number | null> {
    await this.session.flush();
    const card = this.store.getState()?.card;
    const rowId = this.session.openRowId;
    return rowId && card ? this.withHash(rowId, await contentHash(card)) : null;
  }
}
