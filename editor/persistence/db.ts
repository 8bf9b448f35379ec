// The studio's local database (IndexedDB through Dexie). Cards are stored as
// rows with a revision number, so that a save can refuse to overwrite a change
// made in another tab. Rows are re-validated through the load path when read:
// the database is not trusted more than a file.
import Dexie, { type EntityTable } from 'dexie';

export interface CardRow {
  /** The row's own id ("c-..."), independent of the card's `id`, so a card can be imported twice. */
  rowId: string;
  title: string;
  subtitle: string;
  createdAt: number;
  updatedAt: number;
  /** 0 while in use; the time it went to the bin otherwise (IndexedDB cannot index null). */
  deletedAt: number;
  /** Increases with every save; a save names the revision it started from. */
  revision: number;
  card: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type StudioDb = Dexie & {
  cards: EntityTable<CardRow, 'rowId'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'kindreflex-studio';

export function openStudioDb(name = DB_NAME): StudioDb {
  const db = new Dexie(name) as StudioDb;
  db.version(1).stores({
    cards: 'rowId, updatedAt, deletedAt',
    meta: 'key',
  });
  return db;
}
