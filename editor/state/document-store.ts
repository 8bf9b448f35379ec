// The working card and its undo history, without React: the canvas, the
// panels, autosave and the tests all talk to this one object. Loading and
// selection are not steps; every command is.
import {
  applyPatches,
  enableArrayMethods,
  enablePatches,
  produceWithPatches,
  type Patch,
} from 'immer';
import type { LocalizedText } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { Command } from './command';

enablePatches();
// Lets find/filter/some on draft arrays read without making a proxy per element:
// a large card has thousands of nodes and most commands touch one of them.
enableArrayMethods();

export interface HistoryEntry {
  commandId: string;
  label: LocalizedText;
  patches: Patch[];
  inverse: Patch[];
  coalesceKey: string | undefined;
  at: number;
}

export interface DocumentState {
  cardId: string;
  card: Card;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  /** Increases on every change of `card` (edit, undo, redo, load), for autosave and caches. */
  revision: number;
  /** How the last change came about, so autosave can skip what came from the database. */
  lastChange: 'load' | 'edit' | 'undo' | 'redo' | 'external';
}

const HISTORY_LIMIT = 500;
const COALESCE_MS = 1500;

type Listener = () => void;

export class DocumentStore {
  private state: DocumentState | null = null;
  private readonly listeners = new Set<Listener>();
  /** A card the user may only read (a lezer's server card): commands, undo and redo do nothing. */
  readOnly = false;
  constructor(private readonly now: () => number = Date.now) {}

  getState = (): DocumentState | null => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: DocumentState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Opens a card: not an undoable step, and it clears the history. */
  load(cardId: string, card: Card, how: 'load' | 'external' = 'load'): void {
    const revision = (this.state?.revision ?? 0) + 1;
    this.set({ cardId, card, past: [], future: [], revision, lastChange: how });
  }

  close(): void {
    this.state = null;
    for (const listener of this.listeners) listener();
  }

  /** Runs a command as one undoable step. Returns false when it changed nothing. */
  execute<A>(command: Command<A>, args: A): boolean {
    const state = this.state;
    if (!state || this.readOnly) return false;
    const [card, patches, inverse] = produceWithPatches(state.card, (draft) =>
      command.run(draft, args),
    );
    if (patches.length === 0) return false;
    const at = this.now();
    const coalesceKey = command.coalesceKey?.(args);
    const previous = state.past[state.past.length - 1];
    let past: HistoryEntry[];
    if (
      coalesceKey !== undefined &&
      previous?.coalesceKey === coalesceKey &&
      at - previous.at < COALESCE_MS
    ) {
      const merged: HistoryEntry = {
        ...previous,
        patches: [...previous.patches, ...patches],
        inverse: [...inverse, ...previous.inverse],
        at,
      };
      past = [...state.past.slice(0, -1), merged];
    } else {
      const entry: HistoryEntry = {
        commandId: command.id,
        label: command.label(args),
        patches,
        inverse,
        coalesceKey,
        at,
      };
      past = [...state.past, entry].slice(-HISTORY_LIMIT);
    }
    this.set({
      ...state,
      card,
      past,
      future: [],
      revision: state.revision + 1,
      lastChange: 'edit',
    });
    return true;
  }

  undo(): boolean {
    const state = this.state;
    const entry = state?.past[state.past.length - 1];
    if (!state || !entry || this.readOnly) return false;
    this.set({
      ...state,
      card: applyPatches(state.card, entry.inverse),
      past: state.past.slice(0, -1),
      future: [entry, ...state.future],
      revision: state.revision + 1,
      lastChange: 'undo',
    });
    return true;
  }

  redo(): boolean {
    const state = this.state;
    const entry = state?.future[0];
    if (!state || !entry || this.readOnly) return false;
    this.set({
      ...state,
      card: applyPatches(state.card, entry.patches),
      past: [...state.past, { ...entry, coalesceKey: undefined }],
      future: state.future.slice(1),
      revision: state.revision + 1,
      lastChange: 'redo',
    });
    return true;
  }
}

export const undoLabel = (s: DocumentState | null): LocalizedText | null =>
  s?.past[s.past.length - 1]?.label ?? null;
export const redoLabel = (s: DocumentState | null): LocalizedText | null =>
  s?.future[0]?.label ?? null;
