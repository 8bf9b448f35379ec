// The working card and its undo history, without React: the canvas, the
// panels, autosave and the tests all talk to this one object. Loading and
// selection are not steps; every command is.
//
// The card held here is always one the load path accepts: load() takes only
// cards that came through it, and execute() refuses a command whose result the
// load path would refuse (schema or integrity), the way diagram-js asks
// canExecute. A refused command changes nothing: no new state, no save, no undo
// step; the outcome says why, and so does `refusal` for the UI. Undo and redo
// only return to states that were accepted, so they need no check.
import type { Draft, Patch } from 'immer';
import { changeRefusal, type ChangedPath } from '../../schema/load/change-refusal';
import type { LocalizedText, Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { Command } from './command';
import { immer } from './immer-runtime';
import { Observable } from './observable';

export interface HistoryEntry {
  commandId: string;
  label: LocalizedText;
  patches: Patch[];
  inverse: Patch[];
  coalesceKey: string | undefined;
  at: number;
  /**
   * The cards before and after the step, for the last CARDS_KEPT steps: undo and
   * redo hand them back instead of applying the patches (Immer's applyPatches, the
   * slowest part of a page's first undo: ~2 ms at 1,000 nodes). Older steps drop
   * them, as each holds a copy of what its step changed (a list of 1,000 nodes is
   * 8 kB), and go back by their patches.
   */
  cards?: { before: Card; after: Card } | undefined;
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
  /**
   * The patches that turned the card of revision `revision - 1` into this one
   * (empty after a load), so views can update only what changed (the canvas:
   * editor/canvas/flow-elements.ts).
   */
  patches: readonly Patch[];
}

/** A command the store did not apply because the card would no longer load. */
export interface Refusal {
  commandId: string;
  label: LocalizedText;
  /** What the load path would say of the result, with JSON pointers into it. */
  problems: Problem[];
  /** The card the pointers point into (the refused result). */
  card: Card;
  at: number;
}

export type CommandOutcome = { applied: true } | { applied: false; refused?: Refusal };

/** Why the load path would refuse `after`, a change of the accepted `before`; null when it would not. */
export type ChangeCheck = (
  before: Card,
  after: Card,
  paths: readonly ChangedPath[],
) => Problem[] | null;

const APPLIED: CommandOutcome = { applied: true };
const UNCHANGED: CommandOutcome = { applied: false };

const HISTORY_LIMIT = 500;
const CARDS_KEPT = 10;
const COALESCE_MS = 1500;

type Listener = () => void;

/**
 * Work that belongs to every edit and is derived from it (the studio's arrow
 * routes follow the boxes that moved): given the card before and after a
 * command, a recipe to run in the same step, or null when nothing follows.
 */
export type FollowUp = (
  before: Card,
  after: Card,
  commandId: string,
) => ((draft: Draft<Card>) => void) | null;

export class DocumentStore {
  private state: DocumentState | null = null;
  private readonly listeners = new Set<Listener>();
  private followUp: FollowUp | null = null;
  /** A card the user may only read (a lezer's server card): commands, undo and redo do nothing. */
  readOnly = false;
  private continuing = false;
  /** The last refused command, until the next change of the card. */
  readonly refusal = new Observable<Refusal | null>(null);
  constructor(
    private readonly now: () => number = Date.now,
    private readonly check: ChangeCheck = changeRefusal,
  ) {}

  /** Sets the follow-up that runs after every command, inside its undo step. */
  setFollowUp(followUp: FollowUp | null): void {
    this.followUp = followUp;
  }

  getState = (): DocumentState | null => this.state;

  /**
   * Runs `edit` so that its step joins the previous step of the same kind however
   * long ago that was: a field tidied on leaving ("092167331" grouped) is the same
   * edit as the typing, and one undo takes back both.
   */
  continueStep(edit: () => void): void {
    this.continuing = true;
    try {
      edit();
    } finally {
      this.continuing = false;
    }
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: DocumentState): void {
    this.refusal.set(null);
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Opens a card the load path accepted: not an undoable step, and it clears the history. */
  load(cardId: string, card: Card, how: 'load' | 'external' = 'load'): void {
    const revision = (this.state?.revision ?? 0) + 1;
    this.set({ cardId, card, past: [], future: [], revision, lastChange: how, patches: [] });
  }

  close(): void {
    this.state = null;
    for (const listener of this.listeners) listener();
  }

  /**
   * Runs a command as one undoable step. Not applied when it changes nothing,
   * or when the load path would refuse the result (then `refused` says why).
   */
  execute<A>(command: Command<A>, args: A): CommandOutcome {
    const state = this.state;
    if (!state || this.readOnly) return UNCHANGED;
    let [card, patches, inverse] = immer().produceWithPatches(state.card, (draft) =>
      command.run(draft, args),
    );
    if (patches.length === 0) return UNCHANGED;
    // The follow-up (re-routing arrows) is part of the step, so it is checked with it.
    const follow = this.followUp?.(state.card, card, command.id);
    if (follow) {
      const [followed, more, undoMore] = immer().produceWithPatches(card, follow);
      [card, patches, inverse] = [followed, [...patches, ...more], [...undoMore, ...inverse]];
    }
    const at = this.now();
    const problems = this.check(state.card, card, patches);
    if (problems) {
      const refused = { commandId: command.id, label: command.label(args), problems, card, at };
      this.refusal.set(refused);
      return { applied: false, refused };
    }
    const coalesceKey = command.coalesceKey?.(args);
    const previous = state.past[state.past.length - 1];
    let past: HistoryEntry[];
    if (
      coalesceKey !== undefined &&
      previous?.coalesceKey === coalesceKey &&
      (this.continuing || at - previous.at < COALESCE_MS)
    ) {
      const merged: HistoryEntry = {
        ...previous,
        patches: [...previous.patches, ...patches],
        inverse: [...inverse, ...previous.inverse],
        at,
        cards: previous.cards && { before: previous.cards.before, after: card },
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
        cards: { before: state.card, after: card },
      };
      past = [...state.past, entry].slice(-HISTORY_LIMIT);
      const old = past.length - 1 - CARDS_KEPT;
      if (old >= 0 && past[old]!.cards) past[old] = { ...past[old]!, cards: undefined };
    }
    this.set({
      ...state,
      card,
      past,
      future: [],
      revision: state.revision + 1,
      lastChange: 'edit',
      patches,
    });
    return APPLIED;
  }

  undo(): boolean {
    const state = this.state;
    const entry = state?.past[state.past.length - 1];
    if (!state || !entry || this.readOnly) return false;
    const { cards } = entry;
    this.set({
      ...state,
      card:
        cards && state.card === cards.after
          ? cards.before
          : immer().applyPatches(state.card, entry.inverse),
      past: state.past.slice(0, -1),
      future: [entry, ...state.future],
      revision: state.revision + 1,
      lastChange: 'undo',
      patches: entry.inverse,
    });
    return true;
  }

  redo(): boolean {
    const state = this.state;
    const entry = state?.future[0];
    if (!state || !entry || this.readOnly) return false;
    const { cards } = entry;
    this.set({
      ...state,
      card:
        cards && state.card === cards.before
          ? cards.after
          : immer().applyPatches(state.card, entry.patches),
      past: [...state.past, { ...entry, coalesceKey: undefined }],
      future: state.future.slice(1),
      revision: state.revision + 1,
      lastChange: 'redo',
      patches: entry.patches,
    });
    return true;
  }
}

export const undoLabel = (s: DocumentState | null): LocalizedText | null =>
  s?.past[s.past.length - 1]?.label ?? null;
export const redoLabel = (s: DocumentState | null): LocalizedText | null =>
  s?.future[0]?.label ?? null;
