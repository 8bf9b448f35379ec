// Keeps the open card and its database row in step: saves every change within
// `delayMs` of the last edit, follows saves made in another tab when there is
// nothing unsaved here, and reports a conflict (never overwrites) when both
// tabs changed the card.
import { jsonEqual } from '../../schema/json-equal';
import { loadCardValue } from '../../schema/load/load-card';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { DocumentStore } from '../state/document-store';
import { immerReady } from '../state/immer-runtime';
import { Observable } from '../state/observable';
import type { CardRepository } from './card-repository';
import type { CardRow } from './db';
import type { LastOpenedRead } from './last-opened-read';
import { watchQuery } from './live-query';
import { classifyStorageError, type StorageFailure } from './storage-errors';

export type SaveStatus =
  | { kind: 'saved'; at: number | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; failure: StorageFailure }
  | { kind: 'conflict' }
  | { kind: 'followed'; at: number };

export type OpenOutcome =
  { ok: true } | { ok: false; problems: Problem[] } | { ok: false; missing: true };

/**
 * Merges a change saved elsewhere (`theirs`) into this tab's unsaved edits (`mine`),
 * both made on `ancestor`; null when it cannot (the two-tab conflict then stands).
 */
export type ExternalMerge = (
  rowId: string,
  ancestor: Card,
  mine: Card,
  theirs: Card,
) => Card | null;

const SAVE_DELAY_MS = 300;

// The statuses without data are single values: setting one that holds already
// changes nothing (Observable compares by identity), so a conflict that is
// found twice (by this tab's own save and by the watch on the row, in either
// order) is announced once.
const PENDING: SaveStatus = { kind: 'pending' };
const SAVING: SaveStatus = { kind: 'saving' };
const CONFLICT: SaveStatus = { kind: 'conflict' };

export class CardSession {
  readonly status = new Observable<SaveStatus>({ kind: 'saved', at: null });
  private rowId: string | null = null;
  private baseRevision = 0;
  private savedStoreRevision = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private stopWatch: (() => void) | undefined;
  private readonly unsubscribe: () => void;
  /** The card as last saved to or read from the row: the ancestor for `mergeExternal`. */
  private savedCard: Card | null = null;
  /** Set by the shared workspace (editor/sync/) for its cards; local cards keep the conflict. */
  mergeExternal: ExternalMerge | null = null;

  constructor(
    private readonly store: DocumentStore,
    private readonly repo: CardRepository,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {
    this.unsubscribe = store.subscribe(() => this.onStoreChange());
  }

  get openRowId(): string | null {
    return this.rowId;
  }

  get dirty(): boolean {
    const state = this.store.getState();
    return state !== null && state.revision !== this.savedStoreRevision;
  }

  async open(rowId: string): Promise<OpenOutcome> {
    // Loaded beside the card (editor/state/immer-runtime.ts): commands on it need it.
    await immerReady;
    await this.flush();
    const loaded = await this.repo.loadCard(rowId);
    if (!loaded) return { ok: false, missing: true };
    if (!loaded.result.ok) return { ok: false, problems: loaded.result.problems };
    await this.show(rowId, loaded.row, loaded.result.card);
    return { ok: true };
  }

  /**
   * Opens a card this studio has just stored from a card that went through the
   * load path (an import, the sample, a regional version): it is not read back
   * and checked again, which for a 5 MB card would double the wait.
   */
  async openStored(rowId: string, card: Card): Promise<OpenOutcome> {
    await immerReady;
    await this.flush();
    const row = await this.repo.getRow(rowId);
    if (!row) return { ok: false, missing: true };
    await this.show(rowId, row, card);
    return { ok: true };
  }

  /**
   * Opens the card last worked on as the studio read it before Dexie loaded
   * (last-opened-read.ts), through the load path here. False when it does not
   * load: the studio then opens it the usual way, in repair mode.
   */
  async openRead(read: LastOpenedRead): Promise<boolean> {
    // Checked while Immer may still be on its way; the problem checker looks for warnings.
    const result = loadCardValue(read.card, { warnings: false });
    if (!result.ok) return false;
    await immerReady;
    this.repo.noteLoads(read.rowId, read.row.revision);
    // It is the card last opened already: nothing to write, and the database may still load.
    await this.show(read.rowId, read.row, result.card, false);
    return true;
  }

  private async show(rowId: string, row: CardRow, card: Card, remember = true): Promise<void> {
    this.stopWatching();
    this.rowId = rowId;
    this.baseRevision = row.revision;
    this.store.load(rowId, card);
    this.savedStoreRevision = this.store.getState()!.revision;
    this.savedCard = card;
    this.status.set({ kind: 'saved', at: row.updatedAt });
    if (remember) await this.repo.setLastOpened(rowId);
    this.watchRow(rowId);
  }

  /** Opens a card that could not be stored (no IndexedDB): edits stay in memory. */
  openInMemory(card: Card, failure: StorageFailure): void {
    this.stopWatching();
    this.rowId = null;
    this.store.load('memory', card);
    this.savedStoreRevision = this.store.getState()!.revision;
    this.status.set({ kind: 'failed', failure });
  }

  close(): void {
    this.stopWatching();
    clearTimeout(this.timer);
    this.rowId = null;
    this.store.close();
  }

  dispose(): void {
    this.close();
    this.unsubscribe();
  }

  private onStoreChange(): void {
    const state = this.store.getState();
    if (!state || !this.rowId) return;
    if (state.lastChange === 'load' || state.lastChange === 'external') return;
    if (!this.dirty || this.status.get().kind === 'conflict') return;
    this.status.set(PENDING);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), this.delayMs);
  }

  /** Saves now what is not saved yet (on leaving the page, switching cards, exporting). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.dirty && this.rowId && this.status.get().kind !== 'conflict') await this.save();
    await this.inFlight;
  }

  save(force = false): Promise<void> {
    const run = this.inFlight.then(() => this.saveNow(force));
    this.inFlight = run.catch(() => undefined);
    return run;
  }

  private async saveNow(force: boolean): Promise<void> {
    const state = this.store.getState();
    const rowId = this.rowId;
    if (!state || !rowId || state.cardId !== rowId) return;
    if (!force && !this.dirty) return;
    // A save scheduled before the conflict came in must wait for the user's choice:
    // running it would only flip the status (and the banner) for nothing.
    if (!force && this.status.get().kind === 'conflict') return;
    this.status.set(SAVING);
    try {
      const outcome = await this.repo.saveCard(rowId, state.card, this.baseRevision, force);
      if (outcome.ok) {
        this.baseRevision = outcome.revision;
        this.savedStoreRevision = state.revision;
        this.savedCard = state.card;
        // More edits may have come in while saving: they get their own save.
        if (this.dirty) this.onStoreChange();
        else this.status.set({ kind: 'saved', at: Date.now() });
      } else
        this.status.set(
          outcome.reason === 'conflict' ? CONFLICT : { kind: 'failed', failure: 'other' },
        );
    } catch (error) {
      this.status.set({ kind: 'failed', failure: classifyStorageError(error) });
    }
  }

  /** After a conflict: keep this tab's card (overwriting the other save) or take the other tab's. */
  async resolveConflict(keep: 'mine' | 'theirs'): Promise<void> {
    if (!this.rowId) return;
    if (keep === 'mine') {
      this.status.set(PENDING);
      await this.save(true);
    } else {
      await this.follow(this.rowId, true);
    }
  }

  private watchRow(rowId: string): void {
    this.stopWatch = watchQuery(this.repo.database(), () => this.repo.getRow(rowId), {
      // Only the row (revision, dates) is watched: the card is read when another tab saved one.
      // A read that fails (the database closed, or taken away) leaves this tab's card as it is:
      // nothing is lost, and the next change of the row tries again.
      next: (row) =>
        void this.inFlight.then(() => this.onRowChange(rowId, row)).catch(() => undefined),
      error: () => undefined,
    });
  }

  private stopWatching(): void {
    this.stopWatch?.();
    this.stopWatch = undefined;
  }

  private async onRowChange(rowId: string, row: CardRow | undefined): Promise<void> {
    if (rowId !== this.rowId || !row || row.revision <= this.baseRevision) return;
    if (!this.dirty) return this.follow(rowId);
    if (!(await this.mergeInto(rowId))) this.status.set(CONFLICT);
  }

  /** Unsaved edits and a save made elsewhere, merged when `mergeExternal` can; saved soon after. */
  private async mergeInto(rowId: string): Promise<boolean> {
    if (!this.mergeExternal || !this.savedCard) return false;
    const loaded = await this.repo.loadCard(rowId);
    // Read after the wait: the edits made meanwhile are merged too.
    const state = this.store.getState();
    if (!loaded?.result.ok || !state || rowId !== this.rowId || !this.savedCard) return false;
    if (loaded.row.revision <= this.baseRevision) return true;
    const theirs = loaded.result.card;
    const merged = this.mergeExternal(rowId, this.savedCard, state.card, theirs);
    if (!merged) return false;
    if (jsonEqual(merged, theirs)) {
      await this.follow(rowId, true);
      return true;
    }
    clearTimeout(this.timer);
    this.baseRevision = loaded.row.revision;
    this.savedCard = theirs;
    this.store.load(rowId, merged, 'external');
    this.status.set(PENDING);
    this.timer = setTimeout(() => void this.save(), this.delayMs);
    return true;
  }

  /**
   * Takes the card as another tab saved it last; not an undoable step. Unless the
   * user chose to drop this tab's changes, edits made while it was read win a conflict.
   */
  private async follow(rowId: string, dropMine = false): Promise<void> {
    const loaded = await this.repo.loadCard(rowId);
    // The database is not trusted more than a file.
    if (!loaded?.result.ok || rowId !== this.rowId) return;
    if (!dropMine && loaded.row.revision <= this.baseRevision) return;
    if (!dropMine && this.dirty) return this.status.set(CONFLICT);
    clearTimeout(this.timer);
    this.baseRevision = loaded.row.revision;
    this.savedCard = loaded.result.card;
    this.store.load(rowId, loaded.result.card, 'external');
    this.savedStoreRevision = this.store.getState()!.revision;
    this.status.set({ kind: 'followed', at: loaded.row.updatedAt });
  }
}
