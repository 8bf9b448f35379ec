// The open card's history as the studio uses it: named versions, automatic
// checkpoints (when a card is opened, every CHECKPOINT_EVERY_MS of editing,
// before a restore, before a base update), restoring as one undoable step,
// and publishing. No React: the panels and the tests call this.
import type { LocalizedText } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { CardSession } from '../persistence/card-session';
import type { DbSource } from '../persistence/db';
import { DbHandle } from '../persistence/db-handle';
import { replaceCard } from '../state/commands/version-commands';
import { takeBaseUpdate } from '../state/commands/region-commands';
import type { DocumentStore, HistoryEntry } from '../state/document-store';
import { immer } from '../state/immer-runtime';
import { Observable } from '../state/observable';
import { ReleaseStore, type PublishInput, type PublishOutcome } from './release-store';
import { VersionHistory } from './version-history';
import type { VersionReason, VersionRow } from './version-rows';

/** A checkpoint after ten minutes of editing, so a long session is never one big step. */
export const CHECKPOINT_EVERY_MS = 10 * 60 * 1000;
const AUTHOR_KEY = 'authorName';

export class VersionService {
  /** Local; the shared workspace's client swaps in one that knows server cards (useHistory). */
  history: VersionHistory;
  readonly releases: ReleaseStore;
  /** The name versions and releases are saved under, set once in the preferences. */
  readonly author = new Observable<string>('');
  private openedRowId: string | null = null;
  private lastCheckpointAt = 0;
  private lastBaseUpdate: HistoryEntry | undefined;
  private pending: Promise<unknown> = Promise.resolve();

  private readonly db: DbHandle;

  constructor(
    db: DbSource,
    private readonly store: DocumentStore,
    private readonly session: CardSession,
    private readonly now: () => number = Date.now,
    /** The shared workspace passes one that keeps server cards' versions on the server. */
    history?: VersionHistory,
  ) {
    this.db = new DbHandle(db);
    this.history = history ?? new VersionHistory(this.db.ready, now);
    this.releases = new ReleaseStore(this.db.ready);
    store.subscribe(() => this.onStoreChange());
    // Without storage the studio works in memory, and there is no name to remember.
    this.loadPreferences().catch(() => undefined);
  }

  /** Reads the remembered author name (after the database opened). */
  /** The history to use from now on: the shared workspace's, once its client is loaded. */
  useHistory(history: VersionHistory): void {
    this.history = history;
  }

  async loadPreferences(): Promise<void> {
    const row = await (await this.db.ready).meta.get(AUTHOR_KEY);
    if (typeof row?.value === 'string') this.author.set(row.value);
  }

  async setAuthor(name: string): Promise<void> {
    this.author.set(name.trim());
    await (await this.db.ready).meta.put({ key: AUTHOR_KEY, value: name.trim() });
  }

  /** The open card's row, or null when no card is open or it lives in memory only. */
  get rowId(): string | null {
    const state = this.store.getState();
    const rowId = this.session.openRowId;
    return state && rowId && state.cardId === rowId ? rowId : null;
  }

  private onStoreChange(): void {
    const state = this.store.getState();
    const rowId = this.rowId;
    if (!state || !rowId) return;
    if (state.lastChange === 'load' && rowId !== this.openedRowId) {
      this.openedRowId = rowId;
      this.lastCheckpointAt = this.now();
      void this.checkpoint('opened');
    } else if (state.lastChange === 'edit' && this.baseUpdateTaken()) {
      // The regional UI takes a base update as one command: keep the card from just before it.
      const entry = state.past[state.past.length - 1]!;
      this.lastBaseUpdate = entry;
      const before = entry.cards?.before ?? immer().applyPatches(state.card, entry.inverse);
      void this.record({ reason: 'before-base-update', message: entry.label.nl }, before);
    } else if (
      state.lastChange === 'edit' &&
      this.now() - this.lastCheckpointAt >= CHECKPOINT_EVERY_MS
    ) {
      this.lastCheckpointAt = this.now();
      void this.checkpoint('interval');
    }
  }

  private baseUpdateTaken(): boolean {
    const entry = this.store.getState()?.past.at(-1);
    return entry?.commandId === takeBaseUpdate.id && entry !== this.lastBaseUpdate;
  }

  /** Waits for checkpoints under way (tests, and before reading the list). */
  settled(): Promise<unknown> {
    return this.pending;
  }

  /** An automatic checkpoint of the open card; nothing when it equals the latest version. */
  checkpoint(
    reason: Exclude<VersionReason, 'named'>,
    extra: { message?: string; restoredFrom?: string; releaseVersion?: string } = {},
  ): Promise<VersionRow | undefined> {
    return this.record({ reason, ...extra });
  }

  /** "Versie bewaren": a named version with a message and the author's name. */
  saveNamed(message: string): Promise<VersionRow | undefined> {
    return this.record({ reason: 'named', message, author: this.author.get() });
  }

  private record(
    input: Parameters<VersionHistory['record']>[2],
    card = this.store.getState()?.card,
  ): Promise<VersionRow | undefined> {
    const rowId = this.rowId;
    if (!rowId || !card) return Promise.resolve(undefined);
    const author = input.author ?? this.author.get();
    const run = this.pending.then(() => this.history.record(rowId, card, { ...input, author }));
    this.pending = run.catch(() => undefined);
    return run;
  }

  /**
   * Makes a version the working card: checkpoints the current card first, replaces
   * the card as one undoable step, saves, and records the result as a new version.
   * Nothing is overwritten: every earlier version stays in the list.
   */
  async restore(versionId: string, label: LocalizedText): Promise<VersionRow | undefined> {
    const rowId = this.rowId;
    const version = await this.history.get(versionId);
    if (!rowId || !version || version.rowId !== rowId) return undefined;
    await this.session.flush();
    await this.checkpoint('before-restore');
    const card: Card = await this.history.cardOf(version);
    this.store.execute(replaceCard, { card, label });
    await this.session.flush();
    this.lastCheckpointAt = this.now();
    return this.checkpoint('restored', { restoredFrom: version.id, message: version.message });
  }

  /** Publishes the open card (see ReleaseStore.publish) and marks the version it was. */
  async publish(input: Omit<PublishInput, 'author'>): Promise<PublishOutcome | undefined> {
    const rowId = this.rowId;
    const card = this.store.getState()?.card;
    if (!rowId || !card) return undefined;
    await this.session.flush();
    const outcome = await this.releases.publish(rowId, card, {
      ...input,
      author: this.author.get(),
    });
    if (outcome.ok) await this.checkpoint('published', { releaseVersion: outcome.release.version });
    return outcome;
  }
}
