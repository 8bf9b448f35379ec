// The shapes the shared server answers with (server/API.md). The types the
// server declares are taken from it (type-only: nothing of the server goes into
// the studio's bundle), so a change there fails the studio's typecheck instead
// of drifting. Cards inside are `unknown` on purpose: every card from the
// server goes through the load path before the studio uses it.
import type { LocalizedText } from '../../schema/problems';
import type { Account, Role, Workspace as WorkspaceRow } from '../../server/app-env';
import type { VersionSummary } from '../../server/cards/history';
import type { Author, CardSummary, StoredCard as StoredRow } from '../../server/cards/store';
import type { LiveEvent, PresentEditor } from '../../server/live/hub';

export type { Account, Author, CardSummary, LiveEvent, PresentEditor, Role };

export interface Workspace extends WorkspaceRow {
  role: Role;
}

export interface Me {
  account: Account;
  workspaces: Workspace[];
}

export interface AuthConfig {
  password: boolean;
  oidc: { label: string; start: string } | null;
}

/** A card as the server stores it; `card` is whatever came over the wire until loaded. */
export type StoredCard = Omit<StoredRow, 'card'> & { card: unknown };

export interface SavedCard {
  id: string;
  revision: number;
  hash: string;
  updatedAt: string;
}

export interface RevisionInfo {
  revision: number;
  hash: string;
  author: Author | null;
  createdAt: string;
}

export type ServerVersion = VersionSummary;

export interface ErrorBody {
  error?: { code?: string; message?: LocalizedText; [extra: string]: unknown };
}
