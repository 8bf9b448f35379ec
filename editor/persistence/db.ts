// The studio's local database (IndexedDB through Dexie). Cards are stored as
// rows with a revision number, so that a save can refuse to overwrite a change
// made in another tab. Rows are re-validated through the load path when read:
// the database is not trusted more than a file.
import { Dexie, type EntityTable } from 'dexie';
import { guardReleases } from '../versions/release-store';
import type { ServerCardRow } from '../sync/sync-rows';
import type { ReleaseRow, SnapshotRow, VersionRow } from '../versions/version-rows';

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
  versions: EntityTable<VersionRow, 'id'>;
  snapshots: EntityTable<SnapshotRow, 'key'>;
  releases: EntityTable<ReleaseRow, 'id'>;
  serverCards: EntityTable<ServerCardRow, 'serverId'>;
};

const DB_NAME = 'kindreflex-studio';

export function openStudioDb(name = DB_NAME): StudioDb {
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
  // The shared workspace (editor/sync/): which local rows are server cards. New table.
  db.version(3).stores({ serverCards: 'serverId, rowId, workspaceId' });
  guardReleases(db);
  return db;
}
