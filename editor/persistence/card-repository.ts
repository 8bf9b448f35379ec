// Reading and writing cards in the local database. Every card read goes
// through the one load path (in the studio's worker: a large card is checked
// without freezing the page); every write names the revision it started from.
import { SHORT_TEXT_MAX } from '../../schema/limits';
import { loadCardValue, refusalOf, type LoadResult } from '../../schema/load/load-card';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { newId } from '../state/ids';
import { withReleasesOf } from '../versions/release-store';
import { inWorker } from '../workers/schema-worker';
import type { CardBodyRow, CardRow, DbSource, StudioDb } from './db';
import { DbHandle } from './db-handle';
import { LAST_OPENED } from './last-opened-read';

export interface CardSummary {
  rowId: string;
  title: string;
  subtitle: string;
  updatedAt: number;
  deletedAt: number;
  /** The load path refuses the stored card: it opens in repair mode. */
  broken: boolean;
}

/** A row with its stored content as it is, for repair mode. */
export type StoredCard = CardRow & Pick<CardBodyRow, 'card' | 'replaced'>;

export type SaveOutcome =
  { ok: true; revision: number } | { ok: false; reason: 'conflict' | 'missing'; row?: CardRow };

/** A card that could not be opened again is never written: a caller that tries has a bug. */
function assertLoads(card: Card): void {
  const refusal = refusalOf(card);
  if (refusal)
    throw new Error(`Refused to store a card that would not load: ${refusal[0]?.message.en}`);
}

export class CardRepository {
  /**
   * Whether each row's card loads, per revision. The studio's own writes set it
   * (they store only cards that load); the list checks, in the worker, only a
   * row it has not seen at this revision (written by another tab or an older version).
   */
  private readonly verdicts = new Map<string, { revision: number; ok: boolean }>();

  private readonly db: DbHandle;

  constructor(
    db: DbSource,
    private readonly now: () => number = Date.now,
  ) {
    this.db = new DbHandle(db);
  }

  /** The database once Dexie is loaded (for the services that share it). */
  database(): Promise<StudioDb> {
    return this.db.ready;
  }

  /** A row's card, read and checked elsewhere (before Dexie loaded: boot.ts), loads at this revision. */
  noteLoads(rowId: string, revision: number): void {
    this.verdicts.set(rowId, { revision, ok: true });
  }

  private async summaries(rows: CardRow[]): Promise<CardSummary[]> {
    const unknown = rows.filter((r) => this.verdicts.get(r.rowId)?.revision !== r.revision);
    if (unknown.length > 0) {
      const bodies = await this.db.use((db) => db.cardBodies.bulkGet(unknown.map((r) => r.rowId)));
      await Promise.all(
        unknown.map(async (row, i) => {
          const result = await inWorker('loadValue', { value: bodies[i]?.card });
          this.verdicts.set(row.rowId, { revision: row.revision, ok: result.ok });
        }),
      );
    }
    return rows.map(({ rowId, title, subtitle, updatedAt, deletedAt, revision }) => {
      const verdict = this.verdicts.get(rowId);
      const broken = verdict?.revision === revision && !verdict.ok;
      return { rowId, title, subtitle, updatedAt, deletedAt, broken };
    });
  }

  async listCards(): Promise<CardSummary[]> {
    const rows = await this.db.use((db) => db.cards.where('deletedAt').equals(0).toArray());
    return (await this.summaries(rows)).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async listBin(): Promise<CardSummary[]> {
    const rows = await this.db.use((db) => db.cards.where('deletedAt').above(0).toArray());
    return (await this.summaries(rows)).sort((a, b) => b.deletedAt - a.deletedAt);
  }

  /** The row (title, revision, dates), without the card. */
  async getRow(rowId: string): Promise<CardRow | undefined> {
    return this.db.use((db) => db.cards.get(rowId));
  }

  /** The row with its stored content exactly as it is (repair mode); undefined when gone. */
  async getStored(rowId: string): Promise<StoredCard | undefined> {
    const [row, body] = await this.readBoth(rowId);
    return row && { ...row, card: body?.card, replaced: body?.replaced };
  }

  /**
   * The card of a row, through the load path; undefined when there is no such row.
   * Here, not in the worker: the value is already in memory, and sending it there and
   * back costs the main thread two structured clones, more than the load path itself
   * (6 ms at 1,000 nodes, 37 ms at 5,000), and delays opening by the round trip.
   */
  async loadCard(rowId: string): Promise<{ row: CardRow; result: LoadResult } | undefined> {
    const [row, body] = await this.readBoth(rowId);
    if (!row) return undefined;
    const result = loadCardValue(body?.card);
    this.verdicts.set(rowId, { revision: row.revision, ok: result.ok });
    return { row, result };
  }

  /**
   * Stores a new card. A card the load path would refuse is never written (it
   * could not be opened again): that is a bug in the caller, so it throws.
   */
  async createCard(card: Card): Promise<string> {
    assertLoads(card);
    const at = this.now();
    const rowId = newId('c', () => false);
    const db = await this.db.ready;
    await db.transaction('rw', db.cards, db.cardBodies, async () => {
      await db.cards.add({
        rowId,
        title: card.title,
        subtitle: card.subtitle ?? '',
        createdAt: at,
        updatedAt: at,
        deletedAt: 0,
        revision: 1,
      });
      await db.cardBodies.add({ rowId, card });
    });
    this.verdicts.set(rowId, { revision: 1, ok: true });
    return rowId;
  }

  /** Writes `card` as the row's next revision when `accept` says the row is as expected. */
  private async write(
    rowId: string,
    card: Card,
    accept: (row: CardRow) => boolean,
    replaced?: (body: CardBodyRow | undefined, row: CardRow) => CardBodyRow['replaced'],
  ): Promise<SaveOutcome> {
    const db = await this.db.ready;
    const { cards, cardBodies } = db;
    return db.transaction('rw', cards, cardBodies, async (): Promise<SaveOutcome> => {
      const row = await cards.get(rowId);
      if (!row) return { ok: false, reason: 'missing' };
      if (!accept(row)) return { ok: false, reason: 'conflict', row };
      const revision = row.revision + 1;
      await cards.put({
        ...row,
        title: card.title,
        subtitle: card.subtitle ?? '',
        updatedAt: this.now(),
        revision,
      });
      const body = replaced ? await cardBodies.get(rowId) : undefined;
      const kept = replaced ? replaced(body, row) : undefined;
      await cardBodies.put(kept ? { rowId, card, replaced: kept } : { rowId, card });
      this.verdicts.set(rowId, { revision, ok: true });
      return { ok: true, revision };
    });
  }

  /**
   * Saves if nobody saved since `baseRevision`; never overwrites silently.
   * `card` is one the load path accepts (the document store holds no other).
   */
  saveCard(rowId: string, card: Card, baseRevision: number, force = false): Promise<SaveOutcome> {
    return this.write(rowId, card, (row) => force || row.revision === baseRevision);
  }

  /**
   * Replaces a stored card the load path refuses by `card` (repaired, or an
   * earlier version) as a new revision; the refused content stays beside it.
   */
  replaceRefused(rowId: string, card: Card, revision: number): Promise<SaveOutcome> {
    assertLoads(card);
    const at = this.now();
    return this.write(
      rowId,
      card,
      (row) => row.revision === revision,
      (body) => [...(body?.replaced ?? []), { card: body?.card, revision, at }],
    );
  }

  async duplicateCard(rowId: string, titlePrefix: string): Promise<string | undefined> {
    const loaded = await this.loadCard(rowId);
    if (!loaded?.result.ok) return undefined;
    const card = loaded.result.card;
    const title = `${titlePrefix} ${card.title}`;
    return this.createCard({
      ...card,
      id: newId(card.id.slice(0, 60), () => false),
      // "Kopie van" and a title of 300 characters would be too long to load.
      title: title.length > SHORT_TEXT_MAX ? title.slice(0, SHORT_TEXT_MAX - 1) + '…' : title,
    });
  }

  /**
   * Renames a card that is not open (the open one is renamed by an undoable
   * command). Returns the problems when the title is not one a card can have.
   */
  async renameCard(rowId: string, title: string): Promise<Problem[]> {
    const loaded = await this.loadCard(rowId);
    if (!loaded?.result.ok) return [];
    const renamed = { ...loaded.result.card, title };
    const refusal = refusalOf(renamed);
    if (refusal) return refusal;
    await this.saveCard(rowId, renamed, loaded.row.revision);
    return [];
  }

  async moveToBin(rowId: string): Promise<void> {
    await (await this.db.ready).cards.update(rowId, { deletedAt: this.now() });
  }

  async restoreFromBin(rowId: string): Promise<void> {
    await (await this.db.ready).cards.update(rowId, { deletedAt: 0, updatedAt: this.now() });
  }

  /** Deletes the card with its versions, snapshots and releases: nothing of it stays. */
  async deleteForever(rowId: string): Promise<void> {
    const db = await this.db.ready;
    const { cards, cardBodies, versions, snapshots, releases } = db;
    await withReleasesOf(rowId, () =>
      db.transaction('rw', [cards, cardBodies, versions, snapshots, releases], async () => {
        await cards.delete(rowId);
        await cardBodies.delete(rowId);
        await versions
          .where('[rowId+createdAt]')
          .between([rowId, -Infinity], [rowId, Infinity])
          .delete();
        await snapshots.where('rowId').equals(rowId).delete();
        await releases
          .where('[rowId+publishedAt]')
          .between([rowId, ''], [rowId, '\uffff'])
          .delete();
      }),
    );
    this.verdicts.delete(rowId);
  }

  private async readBoth(rowId: string) {
    const db = await this.db.ready;
    return db.transaction('r', db.cards, db.cardBodies, () =>
      Promise.all([db.cards.get(rowId), db.cardBodies.get(rowId)]),
    );
  }

  async lastOpened(): Promise<string | undefined> {
    const row = await (await this.db.ready).meta.get(LAST_OPENED);
    return typeof row?.value === 'string' ? row.value : undefined;
  }

  async setLastOpened(rowId: string): Promise<void> {
    await (await this.db.ready).meta.put({ key: LAST_OPENED, value: rowId });
  }

  async isEmpty(): Promise<boolean> {
    return (await (await this.db.ready).cards.count()) === 0;
  }
}
