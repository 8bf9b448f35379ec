// The studio's local database (IndexedDB through Dexie). Cards are stored as
// rows with a revision number, so that a save can refuse to overwrite a change
// made in another tab, and their content in a table of its own (cardBodies),
// so that listing the cards, checking a revision and following another tab
// never read (and copy) a whole card. Content is re-validated through the load
// path when read: the database is not trusted more than a file.
// Dexie is not in the studio's first load: the studio imports this module on
// the side (studio.ts), and the services that use it take the database as a
// promise (DbSource); the first card is read without it (last-opened-read.ts).
import { Dexie, type EntityTable } from 'dexie';
import { guardReleases } from '../versions/release-store';
import type { ServerCardRow } from '../sync/sync-rows';
import type { ReleaseRow, SnapshotRow, VersionRow } from '../versions/version-rows';
import { STUDIO_DB_NAME } from './last-opened-read';

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
}

/** The card itself, one per CardRow (same rowId). */
export interface CardBodyRow {
  rowId: string;
  card: unknown;
  /**
   * Contents the load path refused that repair mode replaced (repaired, or by an
   * earlier version), kept as they were: nothing in the database is thrown away.
   */
  replaced?: { card: unknown; revision: number; at: number }[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** The database, or its promise while Dexie loads (the studio); tests pass it as it is. */
export type DbSource = StudioDb | Promise<StudioDb>;

export type StudioDb = Dexie & {
  cards: EntityTable<CardRow, 'rowId'>;
  cardBodies: EntityTable<CardBodyRow, 'rowId'>;
  meta: EntityTable<MetaRow, 'key'>;
  versions: EntityTable<VersionRow, 'id'>;
  snapshots: EntityTable<SnapshotRow, 'key'>;
  releases: EntityTable<ReleaseRow, 'id'>;
  serverCards: EntityTable<ServerCardRow, 'serverId'>;
};

export function openStudioDb(name = STUDIO_DB_NAME): StudioDb {
  const db = new Dexie(name) as StudioDb;
  db.version(1).stores({
    cards: 'rowId, updatedAt, deletedAt',
    meta: 'key',
  });
  // Version history and releases (editor/versions/): new tables, nothing to migrate.
  db.version(2).stores({
    versions: 'id, [rowId+createdAt]',
    snapshots: 'key, rowId',
    releases: 'id, [rowId+publishedAt], &[rowId+version]',
  });
  // The card moves out of its row: a save or a look at the list then reads no card.
  db.version(3)
    .stores({ cardBodies: 'rowId' })
    .upgrade(async (tx) => {
      const rows = await tx.table<CardRow & { card?: unknown }>('cards').toArray();
      await tx.table('cardBodies').bulkPut(rows.map(({ rowId, card }) => ({ rowId, card })));
      await tx
        .table<CardRow & { card?: unknown }>('cards')
        .toCollection()
        .modify((row) => void delete row.card);
    });
  // The shared workspace (editor/sync/): which local rows are server cards. New table.
  db.version(4).stores({ serverCards: 'serverId, rowId, workspaceId' });
  guardReleases(db);
  return db;
}
