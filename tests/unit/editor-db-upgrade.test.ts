// Version 3 of the studio's database moves each card out of its row into
// cardBodies, so saving and listing never read a whole card. A database made by
// an earlier studio (version 2, the card inside the row) keeps every card.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CardRepository } from '../../editor/persistence/card-repository';
import { openStudioDb } from '../../editor/persistence/db';
import { minimalCard } from './helpers';

describe('the studio database, version 2 to 3', () => {
  it('moves each card to cardBodies and keeps the rows, revisions and the bin', async () => {
    const name = 'upgrade-v2';
    const old = new Dexie(name);
    old.version(1).stores({ cards: 'rowId, updatedAt, deletedAt', meta: 'key' });
    old.version(2).stores({
      versions: 'id, [rowId+createdAt]',
      snapshots: 'key, rowId',
      releases: 'id, [rowId+publishedAt], &[rowId+version]',
    });
    const card = minimalCard();
    const row = { title: card.title, subtitle: '', createdAt: 1, updatedAt: 2, revision: 7, card };
    await old.table('cards').bulkAdd([
      { ...row, rowId: 'c-open', deletedAt: 0 },
      { ...row, rowId: 'c-bin', deletedAt: 5 },
    ]);
    old.close();

    const db = openStudioDb(name);
    const repo = new CardRepository(db);
    expect((await repo.listCards()).map((c) => c.rowId)).toEqual(['c-open']);
    expect((await repo.listBin()).map((c) => c.rowId)).toEqual(['c-bin']);
    const raw = (await db.table('cards').get('c-open')) as Record<string, unknown>;
    expect(raw).not.toHaveProperty('card');
    expect(raw.revision).toBe(7);
    const loaded = await repo.loadCard('c-open');
    expect(loaded?.result.ok && loaded.result.card).toEqual(card);
    expect(await repo.saveCard('c-open', { ...card, title: 'Nieuw' }, 7)).toEqual({
      ok: true,
      revision: 8,
    });
    await repo.deleteForever('c-bin');
    expect(await db.cardBodies.get('c-bin')).toBeUndefined();
    db.close();
  });
});
