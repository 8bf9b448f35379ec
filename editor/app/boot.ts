// Starting the studio: reopen the card last worked on (read by index.html
// while the studio and Dexie still load: last-opened-read.ts), open the
// database (or fall back to memory when the browser allows no storage), put
// the sample card in on the very first start, and keep the card list up to date.
import { openCard } from '../cards/card-actions';
import { takeEarlyRead } from '../persistence/last-opened-read';
import { watchQuery } from '../persistence/live-query';
import { classifyStorageError } from '../persistence/storage-errors';
import { immerReady } from '../state/immer-runtime';
import { warmSchemaWorker } from '../workers/schema-worker';
import type { Studio } from './studio';

const SEEDED = 'seededSample';

const boots = new WeakMap<Studio, Promise<void>>();

/** Starts the studio once, however often it is asked (React runs effects twice in development). */
export function bootStudio(studio: Studio): Promise<void> {
  let boot = boots.get(studio);
  if (!boot) {
    boot = boot_(studio);
    boots.set(studio, boot);
  }
  return boot;
}

async function boot_(studio: Studio): Promise<void> {
  const { repo, session } = studio;
  warmSchemaWorker();
  const last = await takeEarlyRead(studio.dbName);
  // On the canvas before Dexie is needed; anything else (a first start, a card that does not
  // load, no storage) goes the usual way below.
  const opened = last !== null && (await session.openRead(last).catch(() => false));
  const db = await repo
    .database()
    .then((opening) => opening.open().then(() => opening))
    .catch(async (error: unknown) => {
      const failure = classifyStorageError(error);
      studio.storageFailure.set(failure);
      // The card read already stays open, in memory; otherwise the sample.
      const read = opened ? studio.store.getState()?.card : undefined;
      const { sampleCard } = await import('./sample-cards');
      await immerReady;
      session.openInMemory(read ?? sampleCard(), failure);
      return null;
    });
  if (!db) return;
  // Ask the browser not to evict our data under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);

  if (!(await db.meta.get(SEEDED))) {
    // Only on the very first start: the sample is not part of what every start loads.
    const { sampleCard } = await import('./sample-cards');
    const rowId = await repo.createCard(sampleCard());
    await db.meta.put({ key: SEEDED, value: true });
    await repo.setLastOpened(rowId);
  }
  // Is a shared server serving this studio? Asked in the background: the studio does not wait.
  void studio.sync.start();
  try {
    if (!opened) await openLast(studio);
  } finally {
    // The card list after the card: opening it checked it (CardRepository's verdicts), so the
    // list does not send it to the worker to be checked again while the canvas draws it.
    watchCardList(studio);
  }
}

async function openLast(studio: Studio): Promise<void> {
  const { repo } = studio;
  const last = await repo.lastOpened();
  const lastRow = last ? await repo.getRow(last) : undefined;
  const rowId = lastRow && lastRow.deletedAt === 0 ? last : (await repo.listCards())[0]?.rowId;
  if (rowId) await openCard(studio, rowId);
}

function watchCardList(studio: Studio): void {
  const { repo } = studio;
  watchQuery(repo.database(), () => Promise.all([repo.listCards(), repo.listBin()]), {
    next: ([cards, bin]) => {
      studio.cards.set(cards);
      studio.bin.set(bin);
    },
    error: (error: unknown) => studio.storageFailure.set(classifyStorageError(error)),
  });
}
