// A studio as a browser runs it, against the server app in this process: its
// own IndexedDB (fake-indexeddb), the real CardSession, DocumentStore and
// ServerSync, and a fetch that goes through app.request() with the browser's
// cookies. The network can be switched off, as a laptop on a train.
import 'fake-indexeddb/auto';
import type { Hono } from 'hono';
import { CardRepository } from '../../../editor/persistence/card-repository';
import { CardSession } from '../../../editor/persistence/card-session';
import { openStudioDb } from '../../../editor/persistence/db';
import { DocumentStore } from '../../../editor/state/document-store';
import type { Fetch } from '../../../editor/sync/api-client';
import { ServerSync } from '../../../editor/sync/server-sync';
import { VersionService } from '../../../editor/versions/version-service';
import type { AppEnv } from '../../../server/app-env';
import { TestClient } from './client';
import { unique } from './database';

/** A browser's network to the server: cookies kept, and a switch to go offline. */
export class Network {
  offline = false;
  readonly client: TestClient;

  constructor(app: Hono<AppEnv>) {
    this.client = new TestClient(app);
  }

  readonly fetch: Fetch = async (input, init = {}) => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const url = new URL(String(input), 'http://localhost');
    const headers = (init.headers ?? {}) as Record<string, string>;
    return this.client.raw(init.method ?? 'GET', `${url.pathname}${url.search}`, {
      ...(init.body !== undefined && init.body !== null ? { body: init.body } : {}),
      headers,
    });
  };
}

export const SAVE_DELAY = 20;

/** A studio in a browser tab; `dbName` again is the same browser after a reload. */
export function studioTab(net: Network, dbName = unique('studio-db')) {
  const db = openStudioDb(dbName);
  const repo = new CardRepository(db);
  const store = new DocumentStore();
  const session = new CardSession(store, repo, SAVE_DELAY);
  // No EventSource in Node: the tests bring changes in through refresh() (the list).
  const sync = new ServerSync({
    store,
    session,
    repo,
    db,
    fetch: net.fetch,
    eventSource: () =>
      ({ addEventListener() {}, close() {}, readyState: 0 }) as unknown as EventSource,
  });
  const versions = new VersionService(db, store, session, Date.now, sync.history);
  const close = () => {
    sync.dispose();
    session.dispose();
    db.close();
  };
  return { db, dbName, repo, store, session, sync, versions, net, close };
}

export type StudioTab = ReturnType<typeof studioTab>;

export async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Opens a server card in the tab (fetching it first, as the card list does). */
export async function openServerCard(tab: StudioTab, serverId: string): Promise<string> {
  await until(async () => (await tab.sync.links.get(serverId)) !== undefined);
  await tab.sync.engine.syncNow(serverId);
  const rowId = (await tab.sync.links.get(serverId))!.rowId;
  const opened = await tab.session.open(rowId);
  if (!opened.ok) throw new Error('card does not open');
  return rowId;
}
