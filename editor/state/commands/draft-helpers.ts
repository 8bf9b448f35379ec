// Lookups on drafts that read the original arrays, so that finding one node
// in a card of thousands does not create a proxy for each of them.
import type { Draft } from 'immer';
import { immer } from '../immer-runtime';
import type { Card, FlowEdge, FlowNode } from '../../../schema/types';

/** The array as it was before this command: reading it creates no proxies. */
export function originalArray<T>(draftArray: Draft<T[]>): readonly T[] {
  const array: object = draftArray;
  const { isDraft, original } = immer();
  const base: unknown = isDraft(array) ? original(array) : array;
  return base as readonly T[];
}

export function nodeIndex(draft: Draft<Card>, id: string): number {
  return originalArray<FlowNode>(draft.flow.nodes).findIndex((n) => n.id === id);
}

export function edgeIndex(draft: Draft<Card>, id: string): number {
  return originalArray<FlowEdge>(draft.flow.edges).findIndex((e) => e.id === id);
}

/** Removes the elements whose index is in `drop`, keeping the draft array (and its proxies) in place. */
export function removeIndexes<T>(array: Draft<T[]>, drop: ReadonlySet<number>): void {
  if (drop.size === 0) return;
  const keep = originalArray<T>(array).flatMap((_, i) => (drop.has(i) ? [] : [i]));
  const kept = keep.map((i) => array[i]!);
  array.length = 0;
  array.push(...kept);
}

/** Sets or, for undefined, deletes each field, leaving the others alone. */
export function assignFields<T extends object>(target: T, changes: Partial<T>): void {
  const record = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete record[key];
    else record[key] = value;
  }
}
