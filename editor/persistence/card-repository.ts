// Reading and writing cards in the local database. Every card read goes
// through the one load path (in the studio's worker: a large card is checked
// without freezing the page); every write names the revision it started from.
import type { LoadResult } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { newId } from '../state/ids';
import { inWorker } from '../workers/schema-worker';
import type { CardRow, StudioDb } from './db';

export interface CardSummary {
  rowId: string;
  title: string;
  subtitle: string;
  updatedAt: number;
  deletedAt: number;
}

export type SaveOutcome =
  { ok: true; revision: number } | { ok: false; reason: 'conflict' | 'missing'; row?: CardRow };

const LAST_OPENED = 'lastOpenedRowId';

const summary = ({ rowId, title, subtitle, updatedAt, deletedAt }: CardRow): CardSummary => ({
  rowId,
  title,
  subtitle,
  updatedAt,
  deletedAt,
});

export class CardRepository {
  constructor(
    readonly db: StudioDb,
    private readonly now: () => number = Date.now,
  ) {}

  async listCards(): Promise<CardSummary[]> {
    const rows = await this.db.cards.where('deletedAt').equals(0).toArray();
    return rows.map(summary).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async listBin(): Promise<CardSummary[]> {
    const rows = await this.db.cards.where('deletedAt').above(0).toArray();
    return rows.map(summary).sort((a, b) => b.deletedAt - a.deletedAt);
  }

  /** The row (title, revision, dates), without the card. */
  async getRow(rowId: string): Promise<CardRow | undefined> {
    return this.db.cards.get(rowId);
  }

  /** The card of a row, through the load path; undefined when there is no such row. */
  async loadCard(rowId: string): Promise<{ row: CardRow; result: LoadResult } | undefined> {
    const [row, body] = await this.db.transaction('r', this.db.cards, this.db.cardBodies, () =>
      Promise.all([this.db.cards.get(rowId), this.db.cardBodies.get(rowId)]),
    );
    return row && { row, result: await inWorker('loadValue', { value: body?.card }) };
  }

  async createCard(card: Card): Promise<string> {
    const at = this.now();
    const rowId = newId('c', () => false);
    await this.db.transaction('rw', this.db.cards, this.db.cardBodies, async () => {
      await this.db.cards.add({
        rowId,
        title: card.title,
        subtitle: card.subtitle ?? '',
        createdAt: at,
        updatedAt: at,
        deletedAt: 0,
        revision: 1,
      });
      await this.db.cardBodies.add({ rowId, card });
    });
    return rowId;
  }

  /** Saves if nobody saved since `baseRevision`; never overwrites silently. */
  async saveCard(
    rowId: string,
    card: Card,
    baseRevision: number,
    force = false,
  ): Promise<SaveOutcome> {
    return this.db.transaction(
      'rw',
      this.db.cards,
      this.db.cardBodies,
      async (): Promise<SaveOutcome> => {
        const row = await this.db.cards.get(rowId);
        if (!row) return { ok: false, reason: 'missing' };
        if (row.revision !== baseRevision && !force) return { ok: false, reason: 'conflict', row };
        const revision = row.revision + 1;
        await this.db.cards.put({
          ...row,
          title: card.title,
          subtitle: card.subtitle ?? '',
          updatedAt: this.now(),
          revision,
        });
        await this.db.cardBodies.put({ rowId, card });
        return { ok: true, revision };
      },
    );
  }

  async duplicateCard(rowId: string, titlePrefix: string): Promise<string | undefined> {
    const loaded = await this.loadCard(rowId);
    if (!loaded?.result.ok) return undefined;
    const card = loaded.result.card;
    return this.createCard({
      ...card,
      id: newId(card.id.slice(0, 60), () => false),
      title: `${titlePrefix} ${card.title}`,
    });
  }

  /** Renames a card that is not open (the open one is renamed by an undoable command). */
  async renameCard(rowId: string, title: string): Promise<void> {
    const loaded = await this.loadCard(rowId);
    if (!loaded?.result.ok) return;
    await this.saveCard(rowId, { ...loaded.result.card, title }, loaded.row.revision);
  }

  async moveToBin(rowId: string): Promise<void> {
    await this.db.cards.update(rowId, { deletedAt: this.now() });
  }

  async restoreFromBin(rowId: string): Promise<void> {
    await this.db.cards.update(rowId, { deletedAt: 0, updatedAt: this.now() });
  }

  async deleteForever(rowId: string): Promise<void> {
    await this.db.transaction('rw', this.db.cards, this.db.cardBodies, async () => {
      await this.db.cards.delete(rowId);
      await this.db.cardBodies.delete(rowId);
    });
  }

  async lastOpened(): Promise<string | undefined> {
    const row = await this.db.meta.get(LAST_OPENED);
    return typeof row?.value === 'string' ? row.value : undefined;
  }

  async setLastOpened(rowId: string): Promise<void> {
    await this.db.meta.put({ key: LAST_OPENED, value: rowId });
  }

  async isEmpty(): Promise<boolean> {
    return (await this.db.cards.count()) === 0;
  }
}
