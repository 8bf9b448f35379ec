// The shared workspace as the studio's first load knows it: whether a server
// serves this studio, whether the open card is read-only, which local rows
// are server cards. The client itself (server-sync.ts: sign-in, sending,
// following live, reviews and releases, ~25 kB gzipped with what it uses) is
// loaded only when a server answers or a session was kept from last time, or
// when a panel that works with it (versions, publishing, regions) is opened.
// Served without a server (npm start, a static host) it is never fetched on start.
import { use } from 'react';
import { useStudio } from '../app/studio-context';
import type { CardRepository } from '../persistence/card-repository';
import type { CardSession } from '../persistence/card-session';
import type { DocumentStore } from '../state/document-store';
import { Observable } from '../state/observable';
import type { VersionService } from '../versions/version-service';
import type { ServerSync } from './server-sync';
import { SESSION_KEY, type ServerCardRow } from './sync-rows';

/** What the first load reads; the client writes them (ServerSyncDeps.state). */
export interface SharedState {
  /** 'server' once this studio knows it is served by the shared server. */
  readonly mode: Observable<'local' | 'server'>;
  /** The open card is a server card this account may only read. */
  readonly readOnly: Observable<boolean>;
  /** The open card's link when it is a server card. */
  readonly openLink: Observable<ServerCardRow | null>;
  /** Every server card in this browser. */
  readonly cards: Observable<ServerCardRow[]>;
}

export interface SharedWorkspaceDeps {
  store: DocumentStore;
  session: CardSession;
  repo: CardRepository;
  versions: VersionService;
}

/** Does a shared server serve this page? Its /api/health answers JSON `{ ok: true }`. */
export async function servedByServer(
  fetchFn: typeof fetch = (...args) => fetch(...args),
  base = '',
  timeoutMs = 4000,
): Promise<boolean> {
  try {
    const response = await fetchFn(`${base}/api/health`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return false;
    return ((await response.json()) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/** A promise React's use() reads without suspending once it has settled. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

export class SharedWorkspace implements SharedState {
  readonly mode = new Observable<'local' | 'server'>('local');
  readonly readOnly = new Observable<boolean>(false);
  readonly openLink = new Observable<ServerCardRow | null>(null);
  readonly cards = new Observable<ServerCardRow[]>([]);
  private loading: Tracked<ServerSync> | null = null;

  constructor(private readonly deps: SharedWorkspaceDeps) {}

  /** The client, loaded and made once; it stays idle (local cards only) until start() finds a server. */
  client(): Promise<ServerSync> {
    if (!this.loading) {
      const { versions, repo, ...rest } = this.deps;
      const loading: Tracked<ServerSync> = Promise.all([
        import('./server-sync'),
        repo.database(),
      ]).then(([{ ServerSync }, db]) => {
        const sync = new ServerSync({ ...rest, repo, db, state: this });
        versions.useHistory(sync.history);
        loading.status = 'fulfilled';
        loading.value = sync;
        return sync;
      });
      this.loading = loading;
    }
    return this.loading;
  }

  /** The client if it is loaded already; null otherwise. */
  loaded(): ServerSync | null {
    return this.loading?.value ?? null;
  }

  /** Finds out whether a server serves this studio, and starts the client if one does. */
  async start(): Promise<void> {
    const db = await this.deps.repo.database();
    const kept = await db.meta.get(SESSION_KEY).catch(() => undefined);
    const served = kept?.value ? undefined : await servedByServer();
    if (served === false) return;
    await (await this.client()).start(served);
  }
}

/**
 * The shared-workspace client in a component of a lazily loaded panel: it
 * suspends (OnFirstUse shows that it loads) until the client is there.
 */
export function useServerSync(): ServerSync {
  return use(useStudio().sync.client());
}
