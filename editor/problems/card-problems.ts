// The open card's problems, computed once per card version and shared by the
// problems panel, the canvas (a mark on nodes with problems) and the inspector
// (the problems of the selected node next to its fields).
import { useDeferredValue } from 'react';
import { drawingProblems } from '../../schema/layout/drawing-check';
import { cardProblems } from '../../schema/load/load-card';
import { parsePointer } from '../../schema/pointer';
import type { Problem, ProblemSeverity } from '../../schema/problems';
import type { Card } from '../../schema/types';

const problems = new WeakMap<Card, Problem[]>();
const levels = new WeakMap<Card, Map<string, ProblemSeverity>>();

/**
 * The card the problems are computed for: the open card, one render behind an
 * edit. The checks (a full validation of the card) then run after the canvas
 * has shown the edit, not between the keystroke and the screen: on a card of
 * a thousand nodes that is the difference between a direct and a sluggish undo.
 */
export function useCheckedCard<T extends Card | null>(card: T): T {
  return useDeferredValue(card);
}

/** Where a node or arrow is in the checked card, for the pointers of its problems (-1 when it is new). */
export function indexIn(card: Card, list: 'nodes' | 'edges', id: string): number {
  return (card.flow[list] as { id: string }[]).findIndex((item) => item.id === id);
}

export function problemsOf(card: Card): Problem[] {
  let list = problems.get(card);
  if (!list) {
    // The drawing warnings (labels or arrows over boxes) are the studio's: the load path and
    // publishing never see them, so they cannot keep a card from being published.
    list = [...cardProblems(card), ...drawingProblems(card)];
    problems.set(card, list);
  }
  return list;
}

/** Node id → its worst problem, for the mark on the canvas. */
export function nodeProblemLevels(card: Card): Map<string, ProblemSeverity> {
  let map = levels.get(card);
  if (!map) {
    map = new Map();
    for (const p of problemsOf(card)) {
      const [a, b, c] = parsePointer(p.pointer);
      const node = a === 'flow' && b === 'nodes' ? card.flow.nodes[Number(c)] : undefined;
      if (node && map.get(node.id) !== 'error') map.set(node.id, p.severity);
    }
    levels.set(card, map);
  }
  return map;
}

/** The problems at a pointer or inside it: "/flow/nodes/3" also matches "/flow/nodes/3/items/0". */
export function problemsUnder(list: readonly Problem[], prefix: string): Problem[] {
  return list.filter((p) => p.pointer === prefix || p.pointer.startsWith(prefix + '/'));
}

/** Errors first, then warnings; the order of the checks within each. */
export function errorsFirst(list: readonly Problem[]): Problem[] {
  return [
    ...list.filter((p) => p.severity === 'error'),
    ...list.filter((p) => p.severity !== 'error'),
  ];
}
