// What the studio keeps in IndexedDB about the shared server's cards (table
// `serverCards`, db.ts version 3). A server card's content lives in an
// ordinary local card row (CardRow), so the editor, autosave and history work
// on it as on any card; this row links the two and is the outbox: the local
// row holds changes the server does not have yet while its revision is past
// `syncedLocalRevision`.
import type { Account, Workspace } from './api-types';

export interface ServerConflict {
  /** The server's revision that clashes with the local changes. */
  revision: number;
  /** Who saved it. */
  by: string | null;
  at: string;
}

export interface ServerCardRow {
  /** The server's row id, "k-…". */
  serverId: string;
  /** The account this browser cached it for. */
  accountId: string;
  workspaceId: string;
  workspaceSlug: string;
  /** The local card row (CardRow.rowId); '' until the card's content is in this browser. */
  rowId: string;
  /** As the server's card list last said. */
  title: string;
  subtitle: string;
  serverRevision: number;
  updatedAt: string;
  updatedBy: string | null;
  /** The server revision the local row's content started from (sent as baseRevision); 0 until fetched. */
  baseRevision: number;
  /** The local row revision whose content the server has as `baseRevision`. */
  syncedLocalRevision: number;
  /** A change on the server that could not be merged with the local one: the user chooses. */
  conflict: ServerConflict | null;
}

/** Who is signed in, kept for the next start (also offline). */
export interface CachedSession {
  account: Account;
  workspaces: Workspace[];
}

export const SESSION_KEY = 'serverSession';
