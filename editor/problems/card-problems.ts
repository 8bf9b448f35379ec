// The open card's problems, computed once per card version and shared by the
// problems panel, the canvas (a mark on nodes with problems) and the inspector
// (the problems of the selected node next to its fields).
import { cardProblems } from '../../schema/load/load-card';
import { parsePointer } from '../../schema/pointer';
import type { Problem, ProblemSeverity } from '../../schema/problems';
import type { Card } from '../../schema/types';

const problems = new WeakMap<Card, Problem[]>();
const levels = new WeakMap<Card, Map<string, ProblemSeverity>>();

export function problemsOf(card: Card): Problem[] {
  let list = problems.get(card);
  if (!list) {
    list = cardProblems(card);
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
