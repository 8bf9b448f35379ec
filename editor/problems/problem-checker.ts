// The open card's problems, kept up to date as it changes and shared by the
// problems panel, the canvas (a mark on nodes with problems) and the inspector.
// The checks (a full validation of the card) never run between a key press and
// the frame that shows it: they run after it, in the studio's worker. A change
// that only moves nodes cannot add or remove a problem, so it is not checked
// again (a drag and its undo cost nothing here).
import type { Patch } from 'immer';
import { parsePointer } from '../../schema/pointer';
import type { Problem, ProblemSeverity } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { DocumentState, DocumentStore } from '../state/document-store';
import { Observable } from '../state/observable';
import { inWorker } from '../workers/schema-worker';

export interface CheckedCard {
  /** The card the problems were found in (pointers index into it). */
  card: Card;
  problems: Problem[];
  /** Node id → its worst problem, for the mark on the canvas. */
  levels: ReadonlyMap<string, ProblemSeverity>;
}

/** The schema's bounds of a position (kindreflex.schema.json, $defs/position). */
const POSITION_LIMIT = 1_000_000;

export function problemLevels(card: Card, problems: readonly Problem[]) {
  const map = new Map<string, ProblemSeverity>();
  for (const p of problems) {
    const [a, b, c] = parsePointer(p.pointer);
    const node = a === 'flow' && b === 'nodes' ? card.flow.nodes[Number(c)] : undefined;
    if (node && map.get(node.id) !== 'error') map.set(node.id, p.severity);
  }
  return map;
}

/** Whether the patches only moved nodes to places the schema allows: the problems stay as they are. */
function onlyMoves(patches: readonly Patch[], problems: readonly Problem[]): boolean {
  const inRange = (v: unknown) => typeof v === 'number' && Math.abs(v) <= POSITION_LIMIT;
  return patches.every(({ path, value }) => {
    if (path[0] !== 'flow' || path[1] !== 'nodes' || path[3] !== 'position') return false;
    const at = `/flow/nodes/${String(path[2])}/position`;
    if (problems.some((p) => p.pointer.startsWith(at))) return false;
    const position = value as { x?: unknown; y?: unknown } | number;
    return path.length === 5
      ? inRange(position)
      : typeof position === 'object' && inRange(position.x) && inRange(position.y);
  });
}

export class ProblemChecker {
  readonly checked = new Observable<CheckedCard | null>(null);
  /** The revision the shown problems hold for (moves keep them valid for later revisions). */
  private revision = -1;
  private running = false;
  private scheduled = false;

  constructor(private readonly store: DocumentStore) {
    store.subscribe(() => this.onChange());
  }

  private onChange(): void {
    const state = this.store.getState();
    if (!state) {
      this.revision = -1;
      this.checked.set(null);
      return;
    }
    const checked = this.checked.get();
    if (
      checked &&
      state.revision === this.revision + 1 &&
      (state.lastChange === 'edit' || state.lastChange === 'undo' || state.lastChange === 'redo') &&
      onlyMoves(state.patches, checked.problems)
    ) {
      this.revision = state.revision;
      return;
    }
    // Another card (or another tab's version of it): the old problems must not show on it.
    if (state.lastChange === 'load' || state.lastChange === 'external') this.checked.set(null);
    this.schedule();
  }

  /** One check at a time, of the latest card, after the change has been drawn. */
  private schedule(): void {
    if (this.scheduled || this.running) {
      this.scheduled = true;
      return;
    }
    this.scheduled = true;
    setTimeout(() => void this.run());
  }

  private async run(): Promise<void> {
    this.scheduled = false;
    const state: DocumentState | null = this.store.getState();
    if (!state) return;
    this.running = true;
    try {
      const { card, revision } = state;
      const problems = await inWorker('problems', { card });
      // Shown even when the card changed meanwhile (its pointers index into `card`): the next check follows.
      this.revision = revision;
      this.checked.set({ card, problems, levels: sameLevels(this.checked.get(), card, problems) });
    } catch {
      // The worker failed (it should not): the last problems stay; the next change checks again.
    } finally {
      this.running = false;
      if (this.scheduled) setTimeout(() => void this.run());
    }
  }
}

/** The new levels, or the old map when nothing changed, so the canvas has nothing to redraw. */
function sameLevels(
  before: CheckedCard | null,
  card: Card,
  problems: readonly Problem[],
): ReadonlyMap<string, ProblemSeverity> {
  const levels = problemLevels(card, problems);
  const old = before?.levels;
  if (!old || old.size !== levels.size) return levels;
  for (const [id, level] of levels) if (old.get(id) !== level) return levels;
  return old;
}
