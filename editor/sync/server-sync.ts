// The studio on the shared server, local-first. Idle until start(): when the
// studio is served by the server (GET /api/health on its own origin), it
// signs in, keeps the workspaces' cards in IndexedDB beside the local ones,
// sends edits in the background (sync-engine.ts), follows the open card live
// (live-card.ts) and keeps the open card read-only for a lezer. Served
// without a server (npm start, a static host) nothing of this runs.
import { liveQuery, type Subscription } from 'dexie';
import { mergeCards } from '../../schema/merge/merge-cards';
import type { CardRepository } from '../persistence/card-repository';
import type { StudioDb } from '../persistence/db';
import type { CardSession } from '../persistence/card-session';
import type { DocumentStore } from '../state/document-store';
import { Observable } from '../state/observable';
import { ApiClient, ApiError, OfflineError, type Fetch } from './api-client';
import type { AuthConfig, Me, Role } from './api-types';
import { CardPublishing } from './card-publishing';
import { Connection } from './connection';
import { LinkStore } from './link-store';
import { LiveCard, type EventSourceFactory } from './live-card';
import { PublishingApi } from './publishing-api';
import { ServerVersionHistory } from './server-history';
import { SyncEngine, type EngineEvents } from './sync-engine';
import { SyncNotices } from './sync-notices';
import { SentRevisions } from './sent-revision';
import { takeWorkspaceLists } from './workspace-lists';
import type { SharedState } from './shared-workspace';
import { SESSION_KEY, type CachedSession, type ServerCardRow } from './sync-rows';

/** How often the card lists are asked again (the open card is followed live). */
const LIST_EVERY_MS = 20_000;

export interface ServerSyncDeps {
  store: DocumentStore;
  session: CardSession;
  repo: CardRepository;
  /** The repository's database, loaded (the links and the history use it as it is). */
  db: StudioDb;
  fetch?: Fetch;
  eventSource?: EventSourceFactory;
  /** The observables the studio's first load reads (shared-workspace.ts); its own otherwise. */
  state?: SharedState;
}

export class ServerSync {
  readonly api: ApiClient;
  readonly links: LinkStore;
  readonly connection: Connection;
  readonly engine: SyncEngine;
  readonly live: LiveCard;
  readonly history: ServerVersionHistory;
  /** Reviews, releases and regional bases (card-publishing.ts). */
  readonly publishing: CardPublishing;
  /** 'server' once this studio knows it is served by the shared server. */
  readonly mode: Observable<'local' | 'server'>;
  readonly auth = new Observable<AuthConfig | null>(null);
  /** Who is signed in, or was at the last visit (kept in IndexedDB for offline starts). */
  readonly account = new Observable<CachedSession | null>(null);
  /** False when not signed in, or when the session kept from last time has ended. */
  readonly signedIn = new Observable<boolean>(false);
  /** The server said the session kept from last time has ended: sign in again to send changes. */
  readonly sessionEnded = new Observable<boolean>(false);
  /** Every server card in this browser. */
  readonly cards: Observable<ServerCardRow[]>;
  /** Server cards with changes the server does not have yet. */
  readonly pending = new Observable<ServerCardRow[]>([]);
  /** The open card's link when it is a server card. */
  readonly openLink: Observable<ServerCardRow | null>;
  readonly readOnly: Observable<boolean>;
  private byRow = new Map<string, ServerCardRow>();
  private subscriptions: Subscription[] = [];
  private started = false;
  private refreshing: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly deps: ServerSyncDeps) {
    const { session, store } = deps;
    const state = deps.state ?? {
      mode: new Observable<'local' | 'server'>('local'),
      cards: new Observable<ServerCardRow[]>([]),
      openLink: new Observable<ServerCardRow | null>(null),
      readOnly: new Observable<boolean>(false),
    };
    this.mode = state.mode;
    this.cards = state.cards;
    this.openLink = state.openLink;
    this.readOnly = state.readOnly;
    this.api = new ApiClient(deps.fetch);
    this.links = new LinkStore(deps.db);
    this.connection = new Connection(() => this.api.isServer());
    const notices = new SyncNotices(session);
    const events: EngineEvents = {
      lost: (link, reason, kept) => notices.lost(link, reason, kept),
      signedOut: () => this.ended(),
      failed: (link, error) => notices.failed(link, error),
    };
    this.engine = new SyncEngine(this.links, this.api, session, events, () =>
      this.connection.failed(),
    );
    this.live = new LiveCard(
      {
        revision: (serverId, revision) => void this.heard(serverId, revision),
        deleted: (serverId) => this.engine.schedule(serverId),
        versionsChanged: () => void this.refreshVersions(),
        publishingChanged: () => void this.publishing.refresh().catch(() => undefined),
        baseChanged: (serverId) => void this.publishing.baseChanged(this.byRowServer(serverId)),
        signedOut: () => this.ended(),
        broken: () => void this.connection.check(),
      },
      () => this.account.get()?.account.id ?? null,
      deps.eventSource,
    );
    const revisions = new SentRevisions(this, (rowId) => this.byRow.get(rowId), session, store);
    this.history = new ServerVersionHistory(deps.db, {
      api: this.api,
      linkOf: (rowId) => this.byRow.get(rowId),
      mayEdit: (rowId) => this.roleOf(this.byRow.get(rowId)) !== 'lezer',
      revisionWith: (rowId, hash) => revisions.withHash(rowId, hash),
    });
    this.publishing = new CardPublishing({
      api: new PublishingApi(this.api),
      currentRevision: () => revisions.ofOpenCard(),
      offline: () => this.connection.failed(),
    });
    session.mergeExternal = (rowId, ancestor, mine, theirs) => {
      if (!this.byRow.has(rowId)) return null;
      const merged = mergeCards(ancestor, mine, theirs);
      return merged.ok ? merged.card : null;
    };
    store.subscribe(() => this.followOpen());
    this.connection.online.subscribe(() => {
      if (!this.connection.online.get()) this.live.pause();
    });
    // Back online: send what waits at once, then ask who is signed in and for the lists.
    this.connection.onBack(() => {
      if (this.signedIn.get()) void this.engine.scheduleAll();
      void this.resume();
    });
    for (const o of [this.signedIn, this.account]) o.subscribe(() => this.followOpen());
  }

  roleOf(link: ServerCardRow | null | undefined): Role | null {
    if (!link) return null;
    return this.account.get()?.workspaces.find((w) => w.id === link.workspaceId)?.role ?? null;
  }

  private byRowServer(serverId: string): ServerCardRow | undefined {
    return this.cards.get().find((c) => c.serverId === serverId);
  }

  linkOfRow(rowId: string | null): ServerCardRow | undefined {
    return rowId ? this.byRow.get(rowId) : undefined;
  }

  /**
   * Finds out whether a server serves this studio; returns at once when one is remembered.
   * `served`: the answer when the caller asked already (shared-workspace.ts).
   */
  async start(served?: boolean): Promise<void> {
    if (this.started) return;
    this.started = true;
    const cached = await this.links.db.meta.get(SESSION_KEY).catch(() => undefined);
    if (cached?.value) {
      this.account.set(cached.value as CachedSession);
      this.becomeServer();
    }
    if (!(served ?? (await this.api.isServer()))) {
      if (cached?.value) this.connection.failed();
      return;
    }
    this.becomeServer();
    this.auth.set(await this.api.authConfig().catch(() => null));
    await this.resume();
  }

  private becomeServer(): void {
    if (this.mode.get() === 'server') return;
    this.mode.set('server');
    this.subscriptions.push(
      liveQuery(() => this.links.all()).subscribe({
        next: (cards) => {
          this.cards.set(cards);
          this.byRow = new Map(cards.filter((c) => c.rowId).map((c) => [c.rowId, c]));
          this.followOpen();
        },
        error: () => undefined,
      }),
      liveQuery(() => this.links.pending()).subscribe({
        next: (pending) => {
          this.pending.set(pending);
          if (!this.signedIn.get() || !this.connection.online.get()) return;
          for (const link of pending) if (!link.conflict) this.engine.schedule(link.serverId);
        },
        error: () => undefined,
      }),
    );
    if (typeof window === 'undefined') return;
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible') void this.refresh();
    }, LIST_EVERY_MS);
    window.addEventListener('focus', () => void this.refresh());
  }

  /** Asks who is signed in, then brings everything up to date (at start and when back online). */
  async resume(): Promise<void> {
    try {
      await this.signedInAs(await this.api.me());
    } catch (error) {
      if (error instanceof OfflineError) this.connection.failed();
      else if (error instanceof ApiError && error.status === 401) this.ended();
    }
  }

  private ended(): void {
    this.signedIn.set(false);
    this.sessionEnded.set(this.account.get() !== null);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.signedInAs(await this.api.login(email, password));
  }

  private async signedInAs(me: Me): Promise<void> {
    this.connection.succeeded();
    const before = this.account.get();
    if (before && before.account.id !== me.account.id) await this.links.forgetAll();
    this.account.set(me);
    await this.links.db.meta.put({ key: SESSION_KEY, value: me });
    this.signedIn.set(true);
    this.sessionEnded.set(false);
    this.live.reconnect();
    await this.refresh();
  }

  /** The workspaces and their card lists, and whatever needs sending or fetching. */
  refresh(): Promise<void> {
    // One round at a time: a focus, the timer and a reconnect may all ask at once.
    this.refreshing ??= this.refreshNow().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async refreshNow(): Promise<void> {
    const me = this.account.get();
    if (!me || !this.signedIn.get()) return;
    try {
      const workspaces = await this.api.workspaces();
      const next = { ...me, workspaces };
      this.account.set(next);
      await this.links.db.meta.put({ key: SESSION_KEY, value: next });
      await takeWorkspaceLists(this, me.account.id, workspaces);
      this.connection.succeeded();
      await this.engine.scheduleAll();
    } catch (error) {
      if (error instanceof OfflineError) this.connection.failed();
      else if (error instanceof ApiError && error.status === 401) this.ended();
    }
  }

  /** A live event says the server has `revision`: fetch it (or merge, with local changes). */
  private async heard(serverId: string, revision: number): Promise<void> {
    const link = await this.links.get(serverId);
    if (!link || revision <= link.baseRevision) return;
    await this.links.update(serverId, { serverRevision: Math.max(link.serverRevision, revision) });
    this.engine.schedule(serverId);
  }

  private async refreshVersions(): Promise<void> {
    const rowId = this.deps.session.openRowId;
    if (rowId && this.byRow.has(rowId)) await this.history.refresh(rowId).catch(() => undefined);
  }

  /** Keeps the live stream, read-only state and versions on the open card. */
  private followOpen(): void {
    const rowId = this.deps.session.openRowId;
    const link = (rowId && this.byRow.get(rowId)) || null;
    const before = this.openLink.get();
    this.openLink.set(link);
    const readOnly = this.roleOf(link) === 'lezer';
    this.deps.store.readOnly = readOnly;
    this.readOnly.set(readOnly);
    const live = link && this.signedIn.get() && this.connection.online.get();
    this.publishing.follow(link);
    this.live.follow(
      live
        ? {
            serverId: link.serverId,
            url: this.api.cardEventsUrl(link.workspaceSlug, link.serverId),
          }
        : null,
    );
    if (link && link.serverId !== before?.serverId) void this.refreshVersions();
  }

  /** Signs out; server cards leave this browser, unsent changes stay as local cards. */
  async signOut(): Promise<number> {
    const { session } = this.deps;
    await session.flush();
    for (const link of this.pending.get())
      await this.engine.syncNow(link.serverId).catch(() => undefined);
    await this.api.logout().catch(() => undefined);
    if (this.byRow.has(session.openRowId ?? '')) session.close();
    this.signedIn.set(false);
    this.sessionEnded.set(false);
    this.live.stop();
    this.publishing.bases.set([]);
    const kept = await this.links.forgetAll();
    await this.links.db.meta.delete(SESSION_KEY);
    this.account.set(null);
    return kept;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.unsubscribe();
    clearInterval(this.timer);
    this.live.stop();
    this.connection.dispose();
  }
}
