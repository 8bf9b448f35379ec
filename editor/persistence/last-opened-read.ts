// The card last worked on, read with IndexedDB itself, so that it can be on the
// canvas while Dexie (29 kB gzipped: the studio's largest library after React
// and React Flow) still loads beside it. It only reads, in one transaction, and
// never creates or upgrades the database: anything unexpected (no database yet,
// an older layout, the card in the bin, storage refused) answers null, and the
// studio opens as it always did, through Dexie (editor/app/boot.ts).
// The studio's index.html starts this read itself, in a script inlined into
// the page (early-read-script.ts), before the studio's modules have loaded.
import type { CardBodyRow, CardRow, MetaRow } from './db';

export const STUDIO_DB_NAME = 'kindreflex-studio';
/** The meta row naming the card last opened (CardRepository writes it). */
export const LAST_OPENED = 'lastOpenedRowId';

export interface LastOpenedRead {
  rowId: string;
  row: CardRow;
  /** As stored: not yet through the load path. */
  card: unknown;
}

const STORES = ['meta', 'cards', 'cardBodies'];

const result = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () =>
      reject(request.error ?? new Error('IndexedDB read failed')),
    );
  });

function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: creating one here (empty, version 1) is Dexie's job, not this reader's.
    request.addEventListener('upgradeneeded', () => request.transaction?.abort());
    request.addEventListener('success', () => {
      const db = request.result;
      // Dexie may open the database for an upgrade while this read runs: it does not wait for us.
      db.addEventListener('versionchange', () => db.close());
      resolve(db);
    });
    request.addEventListener('error', () => resolve(null));
    request.addEventListener('blocked', () => resolve(null));
  });
}

export async function readLastOpened(name = STUDIO_DB_NAME): Promise<LastOpenedRead | null> {
  if (typeof indexedDB === 'undefined') return null;
  const db = await openExisting(name);
  if (!db) return null;
  try {
    if (!STORES.every((store) => db.objectStoreNames.contains(store))) return null;
    const tx = db.transaction(STORES, 'readonly');
    const meta = await result<MetaRow | undefined>(tx.objectStore('meta').get(LAST_OPENED));
    const rowId = meta?.value;
    if (typeof rowId !== 'string') return null;
    const [row, body] = await Promise.all([
      result<CardRow | undefined>(tx.objectStore('cards').get(rowId)),
      result<CardBodyRow | undefined>(tx.objectStore('cardBodies').get(rowId)),
    ]);
    if (!row || row.deletedAt !== 0 || !body) return null;
    return { rowId, row, card: body.card };
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/** Where the inline script of index.html leaves its read (early-read-script.ts). */
export const EARLY_READ = 'kindreflexLastOpened';
export type EarlyReadGlobal = { [EARLY_READ]?: Promise<LastOpenedRead | null> };

/**
 * The read index.html started, once; null when there is none (a page without
 * the inline script, a content security policy that refused it, another
 * database): the studio then opens the card through Dexie. The read is not
 * started again here, so the page carries its code once.
 */
export function takeEarlyRead(name: string): Promise<LastOpenedRead | null> {
  const page = globalThis as EarlyReadGlobal;
  const early = name === STUDIO_DB_NAME ? page[EARLY_READ] : undefined;
  delete page[EARLY_READ];
  return early ?? Promise.resolve(null);
}
