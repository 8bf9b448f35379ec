// The open card's problems, kept up to date as it changes and shared by the
// problems panel, the canvas (a mark on nodes with problems) and the inspector.
// The checks (a full validation of the card) never run between a key press and
// the frame that shows it: they run after it, in the studio's worker. A move is
// checked too: the drawing warnings (a box on a box, a label on a box) follow
// where the boxes are. The worker keeps the card it checked last; the next check
// sends only the patches since (editor/workers/held-card.ts), the whole card
// after a load, a gap in the revisions or a failed check; the answer to patches
// is what changed in the problems (problems-change.ts).
import type { Patch } from 'immer';
import type { Problem, ProblemSeverity } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { DocumentState, DocumentStore } from '../state/document-store';
import { Observable } from '../state/observable';
import { inWorker } from '../workers/schema-worker';
import { applyProblemsChange } from './problems-change';

export interface CheckedCard {
  /** The card the problems were found in (pointers index into it). */
  card: Card;
  problems: Problem[];
  /** Node id → its worst problem, for the mark on the canvas. */
  levels: ReadonlyMap<string, ProblemSeverity>;
}

const NODES = '/flow/nodes/';

/**
 * Node id → its worst problem. Run after every check, over every problem (6,000 warnings on a
 * generated 5,000-node card): the node's index is read after the prefix, not by splitting and
 * unescaping the whole pointer (2.8 -> 0.2 ms there in Node); an index has nothing to unescape.
 */
export function problemLevels(card: Card, problems: readonly Problem[]) {
  const map = new Map<string, ProblemSeverity>();
  for (const p of problems) {
    if (!p.pointer.startsWith(NODES)) continue;
    const node = card.flow.nodes[nodeIndex(p.pointer)];
    if (node && map.get(node.id) !== 'error') map.set(node.id, p.severity);
  }
  return map;
}

/** The index in "/flow/nodes/12/…"; NaN when the segment is not one (the node is then unknown). */
function nodeIndex(pointer: string): number {
  const end = pointer.indexOf('/', NODES.length);
  const segment = pointer.slice(NODES.length, end === -1 ? undefined : end);
  return /^\d+$/.test(segment) ? Number(segment) : NaN;
}

/** Keys of the cards the worker keeps: one sequence for the page, so two checkers never mix. */
let nextKey = 1;

/** The patches from the card kept under `key` to the store's revision `to`. */
interface PatchChain {
  key: number;
  to: number;
  patches: Patch[];
}

export class ProblemChecker {
  readonly checked = new Observable<CheckedCard | null>(null);
  private running = false;
  private scheduled = false;
  /** The key of the card the worker keeps from the last check, or null to send the whole card. */
  private held: number | null = null;
  /** The problems found in the card held (what the worker's changes apply to). */
  private heldProblems: Problem[] = [];
  private chain: PatchChain | null = null;

  constructor(private readonly store: DocumentStore) {
    store.subscribe(() => this.onChange());
  }

  private onChange(): void {
    const state = this.store.getState();
    if (!state) {
      this.checked.set(null);
      return;
    }
    // Another card (or another tab's version of it): the old problems must not show on it.
    if (state.lastChange === 'load' || state.lastChange === 'external') {
      this.checked.set(null);
      this.chain = null;
    } else if (this.chain?.to === state.revision - 1) {
      this.chain.patches.push(...state.patches);
      this.chain.to = state.revision;
    } else this.chain = null;
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
    const { card, revision } = state;
    const chain = this.chain;
    const from = this.held;
    const patched = from !== null && chain?.key === from && chain.to === revision;
    const key = nextKey++;
    // Changes made while this check runs are patches from this card on.
    this.chain = { key, to: revision, patches: [] };
    this.held = null;
    try {
      const problems = patched
        ? applyProblemsChange(
            this.heldProblems,
            await inWorker('problemsAfter', { from, key, patches: chain.patches }),
          )
        : await inWorker('problems', { card, key });
      this.held = key;
      this.heldProblems = problems;
      // Shown even when the card changed meanwhile (its pointers index into `card`): the next check follows.
      this.checked.set({ card, problems, levels: sameLevels(this.checked.get(), card, problems) });
    } catch {
      // The worker failed (it should not): the last problems stay. Patches are sent again as
      // the whole card at once; a whole card that failed waits for the next change.
      this.chain = null;
      if (patched) this.scheduled = true;
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
