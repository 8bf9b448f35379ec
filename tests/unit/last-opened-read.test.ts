// The card last worked on, read without Dexie before it loads: it only reads,
// answers null for anything unexpected, and never creates the database.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CardRepository } from '../../editor/persistence/card-repository';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import {
  EARLY_READ,
  readLastOpened,
  STUDIO_DB_NAME,
  takeEarlyRead,
  type EarlyReadGlobal,
} from '../../editor/persistence/last-opened-read';
import { earlyReadScript } from '../../editor/persistence/vite-early-read';
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

describe('the read index.html starts (early-read-script.ts)', () => {
  const page = globalThis as EarlyReadGlobal;
  afterEach(() => void delete page[EARLY_READ]);

  it('is built into one inline script that reads the card last opened of the studio', async () => {
    const repo = repository(STUDIO_DB_NAME);
    const rowId = await repo.createCard({ ...minimalCard(), title: 'Vroeg gelezen' });
    await repo.setLastOpened(rowId);
    const script = earlyReadScript();
    expect(script).not.toMatch(/\bimport\b|\bexport\b/);
    new Function(script)();
    const read = await takeEarlyRead(STUDIO_DB_NAME);
    expect(read?.rowId).toBe(rowId);
    expect(read?.card).toMatchObject({ title: 'Vroeg gelezen' });
  });

  it('is taken once, and only by a studio on the studio’s own database', async () => {
    const read = Promise.resolve(null);
    page[EARLY_READ] = read;
    expect(await takeEarlyRead('een-andere-database')).toBeNull();
    expect(page[EARLY_READ]).toBeUndefined();
    page[EARLY_READ] = read;
    expect(takeEarlyRead(STUDIO_DB_NAME)).toBe(read);
    // A second studio start (or none started by the page) opens through Dexie.
    expect(await takeEarlyRead(STUDIO_DB_NAME)).toBeNull();
  });
});
