// Keeps the open card and its database row in step: saves every change within
// `delayMs` of the last edit, follows saves made in another tab when there is
// nothing unsaved here, and reports a conflict (never overwrites) when both
// tabs changed the card.
import { liveQuery, type Subscription } from 'dexie';
import { jsonEqual } from '../../schema/json-equal';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { DocumentStore } from '../state/document-store';
import { Observable } from '../state/observable';
import type { CardRepository } from './card-repository';
import type { CardRow } from './db';
import { classifyStorageError, type StorageFailure } from './storage-errors';

export type SaveStatus =
  | { kind: 'saved'; at: number | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; failure: StorageFailure }
  | { kind: 'conflict' }
  | { kind: 'followed'; at: number };

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

export type OpenOutcome =
  { ok: true } | { ok: false; problems: Problem[] } | { ok: false; missing: true };

const SAVE_DELAY_MS = 300;

export class CardSession {
  readonly status = new Observable<SaveStatus>({ kind: 'saved', at: null });
  private rowId: string | null = null;
  private baseRevision = 0;
  private savedStoreRevision = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private watch: Subscription | undefined;
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
    await this.flush();
    const loaded = await this.repo.loadCard(rowId);
    if (!loaded) return { ok: false, missing: true };
    if (!loaded.result.ok) return { ok: false, problems: loaded.result.problems };
    this.stopWatching();
    this.rowId = rowId;
    this.baseRevision = loaded.row.revision;
    this.store.load(rowId, loaded.result.card);
    this.savedStoreRevision = this.store.getState()!.revision;
    this.savedCard = loaded.result.card;
    this.status.set({ kind: 'saved', at: loaded.row.updatedAt });
    await this.repo.setLastOpened(rowId);
    this.watchRow(rowId);
    return { ok: true };
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
    this.status.set({ kind: 'pending' });
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
    this.status.set({ kind: 'saving' });
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
          outcome.reason === 'conflict'
            ? { kind: 'conflict' }
            : { kind: 'failed', failure: 'other' },
        );
    } catch (error) {
      this.status.set({ kind: 'failed', failure: classifyStorageError(error) });
    }
  }

  /** After a conflict: keep this tab's card (overwriting the other save) or take the other tab's. */
  async resolveConflict(keep: 'mine' | 'theirs'): Promise<void> {
    if (!this.rowId) return;
    if (keep === 'mine') {
      this.status.set({ kind: 'pending' });
      await this.save(true);
    } else {
      const row = await this.repo.getRow(this.rowId);
      if (row) this.follow(row);
    }
  }

  private watchRow(rowId: string): void {
    this.watch = liveQuery(() => this.repo.getRow(rowId)).subscribe({
      next: (row) => void this.inFlight.then(() => this.onRowChange(rowId, row)),
      error: () => undefined,
    });
  }

  private stopWatching(): void {
    this.watch?.unsubscribe();
    this.watch = undefined;
  }

  private onRowChange(rowId: string, row: CardRow | undefined): void {
    if (rowId !== this.rowId || !row || row.revision <= this.baseRevision) return;
    if (!this.dirty) this.follow(row);
    else if (!this.mergeInto(row)) this.status.set({ kind: 'conflict' });
  }

  /** Unsaved edits and a save made elsewhere, merged when `mergeExternal` can; saved soon after. */
  private mergeInto(row: CardRow): boolean {
    const state = this.store.getState();
    const theirs = this.repo.loadRowCard(row);
    if (!this.mergeExternal || !state || !this.rowId || !this.savedCard || !theirs.ok) return false;
    const merged = this.mergeExternal(this.rowId, this.savedCard, state.card, theirs.card);
    if (!merged) return false;
    if (jsonEqual(merged, theirs.card)) {
      this.follow(row);
      return true;
    }
    clearTimeout(this.timer);
    this.baseRevision = row.revision;
    this.savedCard = theirs.card;
    this.store.load(this.rowId, merged, 'external');
    this.status.set({ kind: 'pending' });
    this.timer = setTimeout(() => void this.save(), this.delayMs);
    return true;
  }

  /** Takes the card as another tab saved it; not an undoable step. */
  private follow(row: CardRow): void {
    // The database is not trusted more than a file.
    const loaded = this.repo.loadRowCard(row);
    if (!loaded.ok || !this.rowId) return;
    clearTimeout(this.timer);
    this.baseRevision = row.revision;
    this.savedCard = loaded.card;
    this.store.load(this.rowId, loaded.card, 'external');
    this.savedStoreRevision = this.store.getState()!.revision;
    this.status.set({ kind: 'followed', at: row.updatedAt });
  }
}
