// Sends local changes of server cards to the server and takes the server's
// changes in, one card at a time, in the background. The local row is saved
// first (autosave, as for any card); here it goes out with the server revision
// it started from. On 409 the two edits are merged three-way against the card
// at that revision, or, when they touch the same thing, kept apart as a
// conflict for the user to settle. Nothing is overwritten without a choice.
import { jsonEqual } from '../../schema/json-equal';
import { loadCardValue } from '../../schema/load/load-card';
import { mergeCards } from '../../schema/merge/merge-cards';
import type { Card } from '../../schema/types';
import type { CardRow } from '../persistence/db';
import { ApiError, OfflineError, type ApiClient } from './api-client';
import type { StoredCard } from './api-types';
import type { LinkStore } from './link-store';
import type { ServerCardRow } from './sync-rows';

/** What the engine needs of the open card's session. */
export interface OpenCard {
  readonly openRowId: string | null;
  flush(): Promise<void>;
}

/** Why a server card is no longer in this browser's list. */
export type LostReason = 'deleted' | 'forbidden';

export interface EngineEvents {
  /** The card left the server (or this account's reach); `kept`: unsent changes stayed as a local card. */
  lost(link: ServerCardRow, reason: LostReason, kept: boolean): void;
  /** The session ended (401): sign in again to send what waits. */
  signedOut(): void;
  /** Anything else went wrong with a card; it is tried again later. */
  failed(link: ServerCardRow, error: unknown): void;
}

/** A card from the server, through the load path; the server is not trusted more than a file. */
export function serverCard(value: unknown): Card {
  const loaded = loadCardValue(value);
  if (!loaded.ok) throw new ApiError(422, 'invalid-card', { nl: '', en: '' }, {});
  return loaded.card;
}

const MAX_STEPS = 12;

export class SyncEngine {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly scheduled = new Set<string>();

  constructor(
    private readonly links: LinkStore,
    private readonly api: ApiClient,
    private readonly open: OpenCard,
    private readonly events: EngineEvents,
    private readonly offline: () => void,
  ) {}

  /** Runs `task` after everything queued for the card; the card's steps never overlap. */
  private enqueue(serverId: string, task: () => Promise<void>): Promise<void> {
    const run = (this.queues.get(serverId) ?? Promise.resolve()).then(task);
    const settled = run.catch(() => undefined);
    this.queues.set(serverId, settled);
    void settled.then(() => this.queues.get(serverId) === settled && this.queues.delete(serverId));
    return run;
  }

  /** Brings the card up to date in the background (coalesced: one waiting run per card). */
  schedule(serverId: string): void {
    if (this.scheduled.has(serverId)) return;
    this.scheduled.add(serverId);
    this.enqueue(serverId, () => {
      this.scheduled.delete(serverId);
      return this.step(serverId);
    }).catch((error: unknown) => this.background(serverId, error));
  }

  /** Brings the card up to date now; rejects when that is not possible (offline, conflict). */
  syncNow(serverId: string): Promise<void> {
    return this.enqueue(serverId, () => this.step(serverId));
  }

  /** Asks the server whether a card that left the list is gone (else it was merely new). */
  verify(serverId: string): Promise<void> {
    return this.enqueue(serverId, async () => {
      const link = await this.links.get(serverId);
      if (!link) return;
      const stored = await this.api.getCard(link.workspaceSlug, serverId).catch(this.gone(link));
      if (stored?.deletedAt) await this.lose(link, 'deleted');
    });
  }

  /** Every card that has something to send or to take. */
  async scheduleAll(): Promise<void> {
    const links = await this.links.all();
    const rows = await this.links.db.cards.bulkGet(links.map((l) => l.rowId || '-'));
    links.forEach((link, i) => {
      const row = rows[i];
      if (link.conflict) return;
      if (
        !row ||
        row.revision > link.syncedLocalRevision ||
        link.serverRevision > link.baseRevision
      )
        this.schedule(link.serverId);
    });
  }

  private async background(serverId: string, error: unknown): Promise<void> {
    if (error instanceof OfflineError) return this.offline();
    if (error instanceof ApiError && error.status === 401) return this.events.signedOut();
    const link = await this.links.get(serverId).catch(() => undefined);
    if (link) this.events.failed(link, error);
  }

  private async step(serverId: string): Promise<void> {
    const first = await this.links.get(serverId);
    if (first?.rowId && this.open.openRowId === first.rowId) await this.open.flush();
    for (let steps = 0; steps < MAX_STEPS; steps++) {
      const link = await this.links.get(serverId);
      if (!link || link.conflict) return;
      const row = link.rowId ? await this.links.db.cards.get(link.rowId) : undefined;
      // No local row yet (or it was deleted for good here): fetch it.
      if (!row) await this.fetch(link, 0);
      else if (row.revision > link.syncedLocalRevision) await this.push(link, row);
      else if (link.serverRevision > link.baseRevision) await this.fetch(link, row.revision);
      else return;
    }
  }

  /** Takes the server's card into the local row (which has no unsent changes). */
  private async fetch(link: ServerCardRow, rowRevision: number): Promise<void> {
    const stored = await this.api.getCard(link.workspaceSlug, link.serverId).catch(this.gone(link));
    if (!stored) return;
    if (stored.deletedAt) return this.lose(link, 'deleted');
    await this.links.writeRow(link.serverId, {
      expectedRevision: link.rowId ? rowRevision : null,
      card: serverCard(stored.card),
      baseRevision: stored.revision,
      synced: true,
      saved: { at: stored.updatedAt, by: stored.updatedBy?.name ?? null },
    });
  }

  private async push(link: ServerCardRow, row: CardRow): Promise<void> {
    const body = await this.links.db.cardBodies.get(row.rowId);
    const loaded = loadCardValue(body?.card);
    if (!loaded.ok) throw new Error(`local card ${row.rowId} does not load`);
    try {
      const saved = await this.api.saveCard(
        link.workspaceSlug,
        link.serverId,
        link.baseRevision,
        loaded.card,
      );
      await this.links.markSent(link.serverId, saved.revision, row.revision, saved.updatedAt);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict')
        return this.merge(link, row, loaded.card, error.details.current as StoredCard);
      if (error instanceof ApiError && (error.status === 404 || error.status === 410))
        return this.lose(link, 'deleted');
      if (error instanceof ApiError && error.status === 403) return this.lose(link, 'forbidden');
      throw error;
    }
  }

  /** Someone saved since our base: merge their card and ours against the card at our base. */
  private async merge(
    link: ServerCardRow,
    row: CardRow,
    mine: Card,
    current: StoredCard,
  ): Promise<void> {
    const theirs = serverCard(current.card);
    const ancestor = await this.api
      .revision(link.workspaceSlug, link.serverId, link.baseRevision)
      .then((r) => serverCard(r.card));
    const merged = mergeCards(ancestor, mine, theirs);
    if (!merged.ok) {
      await this.links.setConflict(link.serverId, {
        revision: current.revision,
        by: current.updatedBy?.name ?? null,
        at: current.updatedAt,
      });
      return;
    }
    // False when the row changed meanwhile: the next step merges again with it.
    await this.links.writeRow(link.serverId, {
      expectedRevision: row.revision,
      card: merged.card,
      baseRevision: current.revision,
      synced: jsonEqual(merged.card, theirs),
      saved: { at: current.updatedAt, by: current.updatedBy?.name ?? null },
    });
  }

  /** The user's choice in a conflict: send this browser's card over theirs, or take theirs. */
  resolve(serverId: string, keep: 'mine' | 'theirs'): Promise<void> {
    return this.enqueue(serverId, async () => {
      const link = await this.links.get(serverId);
      if (!link?.conflict) return;
      if (keep === 'mine') {
        await this.links.update(serverId, { baseRevision: link.conflict.revision, conflict: null });
      } else {
        if (this.open.openRowId === link.rowId) await this.open.flush();
        const stored = await this.api.getCard(link.workspaceSlug, serverId);
        await this.links.writeRow(serverId, {
          expectedRevision: null,
          card: serverCard(stored.card),
          baseRevision: stored.revision,
          synced: true,
        });
      }
    }).then(() => this.schedule(serverId));
  }

  /** 404 and 410 mean the card is gone from the server (or from our reach). */
  private gone(link: ServerCardRow) {
    return async (error: unknown): Promise<undefined> => {
      if (error instanceof ApiError && [403, 404, 410].includes(error.status)) {
        await this.lose(link, error.status === 403 ? 'forbidden' : 'deleted');
        return undefined;
      }
      throw error;
    };
  }

  async lose(link: ServerCardRow, reason: LostReason): Promise<void> {
    const kept = await this.links.forget(link.serverId);
    this.events.lost(link, reason, kept);
  }
}
