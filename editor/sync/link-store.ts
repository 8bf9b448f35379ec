// The server cards in this browser: their links (serverCards) and the local
// card rows that hold their content, changed together in one transaction so a
// crash never leaves a row and its link disagreeing about what was sent.
import type { Card } from '../../schema/types';
import type { CardRow, StudioDb } from '../persistence/db';
import { newId } from '../state/ids';
import type { CardSummary, Workspace } from './api-types';
import type { ServerCardRow, ServerConflict } from './sync-rows';

export interface RowWrite {
  /** The local row must still have this revision (nobody saved in between); null: write anyway. */
  expectedRevision: number | null;
  card: Card;
  /** The server revision the card is (or merges) as of. */
  baseRevision: number;
  /** True when the card is exactly the server's content at baseRevision. */
  synced: boolean;
  /** Who saved the server's revision, and when, as the server says. */
  saved?: { at: string; by: string | null };
}

export class LinkStore {
  constructor(
    readonly db: StudioDb,
    private readonly now: () => number = Date.now,
  ) {}

  all = (): Promise<ServerCardRow[]> => this.db.serverCards.toArray();
  get = (serverId: string) => this.db.serverCards.get(serverId);

  /** Links whose local row holds changes the server does not have yet. */
  async pending(): Promise<ServerCardRow[]> {
    const links = (await this.all()).filter((l) => l.rowId);
    const rows = await this.db.cards.bulkGet(links.map((l) => l.rowId));
    return links.filter((l, i) => (rows[i]?.revision ?? 0) > l.syncedLocalRevision);
  }

  /**
   * Takes a workspace's card list: new cards get a link (content fetched later),
   * known ones their summary. Returns the links of cards no longer listed.
   */
  async takeList(
    accountId: string,
    workspace: Workspace,
    cards: CardSummary[],
  ): Promise<ServerCardRow[]> {
    return this.db.transaction('rw', this.db.serverCards, async () => {
      const known = await this.db.serverCards.where('workspaceId').equals(workspace.id).toArray();
      const byId = new Map(known.map((l) => [l.serverId, l]));
      for (const card of cards) {
        const summary = {
          title: card.title,
          subtitle: card.subtitle,
          serverRevision: card.revision,
          updatedAt: card.updatedAt,
          updatedBy: card.updatedBy?.name ?? null,
          workspaceSlug: workspace.slug,
        };
        const link = byId.get(card.id);
        // A list read before a live event's save must not take that revision back:
        // the open card would then never fetch it (the event came only once).
        if (link)
          await this.db.serverCards.update(card.id, {
            ...summary,
            serverRevision: Math.max(link.serverRevision, card.revision),
          });
        else
          await this.db.serverCards.add({
            serverId: card.id,
            accountId,
            workspaceId: workspace.id,
            rowId: '',
            baseRevision: 0,
            syncedLocalRevision: 0,
            conflict: null,
            ...summary,
          });
      }
      const listed = new Set(cards.map((c) => c.id));
      return known.filter((l) => !listed.has(l.serverId));
    });
  }

  /** A link for a card just made on the server from `card` (a copy of a local card). */
  async addCreated(accountId: string, workspace: Workspace, stored: CardSummary, card: Card) {
    const link: ServerCardRow = {
      serverId: stored.id,
      accountId,
      workspaceId: workspace.id,
      workspaceSlug: workspace.slug,
      rowId: '',
      title: stored.title,
      subtitle: stored.subtitle,
      serverRevision: stored.revision,
      updatedAt: stored.updatedAt,
      updatedBy: stored.updatedBy?.name ?? null,
      baseRevision: 0,
      syncedLocalRevision: 0,
      conflict: null,
    };
    await this.db.serverCards.put(link);
    return this.writeRow(stored.id, {
      expectedRevision: null,
      card,
      baseRevision: stored.revision,
      synced: true,
    });
  }

  /**
   * Writes a card into the link's local row (making the row when there is none yet)
   * and records what the server has. False when the row changed in between.
   */
  writeRow(serverId: string, write: RowWrite): Promise<string | false> {
    const { db } = this;
    return db.transaction('rw', [db.cards, db.cardBodies, db.serverCards], async () => {
      const link = await db.serverCards.get(serverId);
      if (!link) return false;
      const row = link.rowId ? await db.cards.get(link.rowId) : undefined;
      if (write.expectedRevision !== null && (row?.revision ?? 0) !== write.expectedRevision)
        return false;
      const at = this.now();
      const next: CardRow = {
        rowId: row?.rowId ?? newId('c', () => false),
        createdAt: row?.createdAt ?? at,
        deletedAt: 0,
        revision: (row?.revision ?? 0) + 1,
        title: write.card.title,
        subtitle: write.card.subtitle ?? '',
        updatedAt: at,
      };
      await db.cards.put(next);
      await db.cardBodies.put({ rowId: next.rowId, card: write.card });
      await db.serverCards.update(serverId, {
        rowId: next.rowId,
        baseRevision: write.baseRevision,
        serverRevision: Math.max(link.serverRevision, write.baseRevision),
        ...(write.synced ? { syncedLocalRevision: next.revision } : {}),
        ...(write.saved ? { updatedAt: write.saved.at, updatedBy: write.saved.by } : {}),
        conflict: null,
      });
      return next.rowId;
    });
  }

  /** The server took local revision `localRevision` as its revision `revision`. */
  async markSent(serverId: string, revision: number, localRevision: number, at: string) {
    await this.db.transaction('rw', this.db.serverCards, async () => {
      const link = await this.db.serverCards.get(serverId);
      if (!link) return;
      await this.db.serverCards.update(serverId, {
        baseRevision: revision,
        serverRevision: Math.max(link.serverRevision, revision),
        syncedLocalRevision: Math.max(link.syncedLocalRevision, localRevision),
        updatedAt: at,
      });
    });
  }

  async update(serverId: string, changes: Partial<ServerCardRow>): Promise<void> {
    await this.db.serverCards.update(serverId, changes);
  }

  async setConflict(serverId: string, conflict: ServerConflict | null): Promise<void> {
    await this.db.serverCards.update(serverId, { conflict });
  }

  /** Forgets every server card; returns how many stayed as local cards (unsent changes). */
  async forgetAll(): Promise<number> {
    let kept = 0;
    for (const link of await this.all()) if (await this.forget(link.serverId)) kept++;
    return kept;
  }

  /**
   * Forgets a server card in this browser. With unsent changes the local row stays,
   * as a local card, so nothing is lost; returns whether it stayed.
   */
  async forget(serverId: string): Promise<boolean> {
    const { db } = this;
    return db.transaction('rw', db.cards, db.serverCards, db.versions, async () => {
      const link = await db.serverCards.get(serverId);
      if (!link) return false;
      await db.serverCards.delete(serverId);
      const row = link.rowId ? await db.cards.get(link.rowId) : undefined;
      if (!row) return false;
      // The server's versions of it were only a cache.
      await db.versions
        .where('[rowId+createdAt]')
        .between([row.rowId, -Infinity], [row.rowId, Infinity])
        .delete();
      if (row.revision > link.syncedLocalRevision) return true;
      await db.cards.delete(row.rowId);
      return false;
    });
  }
}
