// The card last worked on, read without Dexie before it loads: it only reads,
// answers null for anything unexpected, and never creates the database.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CardRepository } from '../../editor/persistence/card-repository';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import { readLastOpened } from '../../editor/persistence/last-opened-read';
import { minimalCard } from './helpers';

const dbs: StudioDb[] = [];
let count = 0;
const fresh = () => `last-opened-${count++}`;
function repository(name: string) {
  const db = openStudioDb(name);
  dbs.push(db);
  return new CardRepository(db);
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('readLastOpened', () => {
  it('reads the row and the stored card of the card last opened', async () => {
    const name = fresh();
    const repo = repository(name);
    await repo.createCard(minimalCard());
    const rowId = await repo.createCard({ ...minimalCard(), title: 'De tweede' });
    await repo.setLastOpened(rowId);
    const read = await readLastOpened(name);
    expect(read?.rowId).toBe(rowId);
    expect(read?.row.revision).toBe(1);
    expect(read?.card).toMatchObject({ title: 'De tweede' });
  });

  it('answers null without creating a database that is not there', async () => {
    const name = fresh();
    expect(await readLastOpened(name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    // Dexie then creates it as on any first start.
    const repo = repository(name);
    expect(await repo.isEmpty()).toBe(true);
  });

  it('answers null when nothing was opened, or the card is in the bin or gone', async () => {
    const name = fresh();
    const repo = repository(name);
    const rowId = await repo.createCard(minimalCard());
    expect(await readLastOpened(name)).toBeNull();
    await repo.setLastOpened(rowId);
    await repo.moveToBin(rowId);
    expect(await readLastOpened(name)).toBeNull();
    await repo.deleteForever(rowId);
    expect(await readLastOpened(name)).toBeNull();
  });

  it('answers null for a database of another layout', async () => {
    const name = fresh();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.addEventListener('upgradeneeded', () =>
        request.result.createObjectStore('meta', { keyPath: 'key' }),
      );
      request.addEventListener('success', () => {
        request.result.close();
        resolve();
      });
      request.addEventListener('error', () => reject(request.error ?? new Error('open failed')));
    });
    expect(await readLastOpened(name)).toBeNull();
  });
});
