// Starting the studio: open the database (or fall back to memory when the
// browser allows no storage), put the sample card in on the very first start,
// reopen the card last worked on, and keep the card list up to date.
import { liveQuery } from 'dexie';
import { openCard } from '../cards/card-actions';
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
  try {
    await repo.db.open();
  } catch (error) {
    studio.storageFailure.set(classifyStorageError(error));
    const { sampleCard } = await import('./sample-cards');
    await immerReady;
    session.openInMemory(sampleCard(), classifyStorageError(error));
    return;
  }
  // Ask the browser not to evict our data under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);

  if (!(await repo.db.meta.get(SEEDED))) {
    // Only on the very first start: the sample is not part of what every start loads.
    const { sampleCard } = await import('./sample-cards');
    const rowId = await repo.createCard(sampleCard());
    await repo.db.meta.put({ key: SEEDED, value: true });
    await repo.setLastOpened(rowId);
  }
  // Is a shared server serving this studio? Asked in the background: the studio does not wait.
  void studio.sync.start();
  const last = await repo.lastOpened();
  const lastRow = last ? await repo.getRow(last) : undefined;
  const rowId = lastRow && lastRow.deletedAt === 0 ? last : (await repo.listCards())[0]?.rowId;
  try {
    if (rowId) await openCard(studio, rowId);
  } finally {
    // The card list after the card: opening it checked it (CardRepository's verdicts), so the
    // list does not send it to the worker to be checked again while the canvas draws it.
    watchCardList(studio);
  }
}

function watchCardList(studio: Studio): void {
  liveQuery(() => Promise.all([studio.repo.listCards(), studio.repo.listBin()])).subscribe({
    next: ([cards, bin]) => {
      studio.cards.set(cards);
      studio.bin.set(bin);
    },
    error: (error: unknown) => studio.storageFailure.set(classifyStorageError(error)),
  });
}
