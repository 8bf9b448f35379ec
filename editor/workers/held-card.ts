// The card the problem checks last ran on, kept where they run (the worker), so
// the next check can send the edit's Immer patches instead of the whole card:
// copying a 5,000-node card to the worker cost the main thread ~70 ms after every
// edit, its patches a fraction of a millisecond. Its problems are kept beside
// it, so the answer can be what changed in them (problems-change.ts). Keys are
// chosen by the sender (editor/problems/problem-checker.ts); patches against
// any other card than the one held are refused, and the sender then sends the
// whole card.
import { applyPatches, enablePatches, type Patch } from 'immer';
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';

enablePatches();

let held: { key: number; card: Card; problems?: Problem[] } | null = null;

/** Keeps `card` under `key` and returns it. */
export function holdCard(key: number, card: Card): Card {
  held = { key, card };
  return card;
}

/** The held card after `patches`, then held under `key`; throws when `from` is not the card held. */
export function advanceHeld(from: number, key: number, patches: readonly Patch[]): Card {
  if (held?.key !== from) throw new Error(`No card ${from} is held to apply these patches to.`);
  const card = applyPatches(held.card, patches as Patch[]);
  held = { key, card };
  return card;
}

/** Keeps the problems found in the card held under `key`. */
export function holdProblems(key: number, problems: Problem[]): void {
  if (held?.key === key) held.problems = problems;
}

/** The problems kept for the card held under `key`; throws when there are none. */
export function heldProblems(key: number): Problem[] {
  if (held?.key !== key || !held.problems) throw new Error(`No problems of card ${key} are held.`);
  return held.problems;
}
