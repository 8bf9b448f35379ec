// The open card's problems as the panels read them: the last check
// (problem-checker.ts), what lies under a pointer, errors first.
import type { Problem } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { useObservable, useStudio } from '../app/studio-context';
import type { CheckedCard } from './problem-checker';

/** The open card's problems as last checked (problem-checker.ts); null until the first check. */
export function useChecked(): CheckedCard | null {
  return useObservable(useStudio().problems.checked);
}

/** Where a node or arrow is in the checked card, for the pointers of its problems (-1 when it is new). */
export function indexIn(card: Card, list: 'nodes' | 'edges', id: string): number {
  return (card.flow[list] as { id: string }[]).findIndex((item) => item.id === id);
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
