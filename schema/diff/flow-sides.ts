// What the node and edge diffs share: each card's flow with the place of every
// node, so both name nodes the same way ("Scenario 3, stap 2").
import { nodePlaces, type NodePlace } from '../describe-node';
import type { LocalizedText } from '../problems';
import type { Card } from '../types';
import { same } from './sentences';

export type FlowPart = Pick<Card, 'flow' | 'roles'>;

export interface Side {
  part: FlowPart;
  places: Map<string, NodePlace>;
}

export const placeOf = (side: Side, id: string): LocalizedText =>
  side.places.get(id)?.label ?? same(id);

export function roleNames(side: Side, ids: readonly string[]): string[] {
  return ids.map((id) => side.part.roles.find((r) => r.id === id)?.name ?? id);
}

export function sides(a: FlowPart, b: FlowPart): [Side, Side] {
  return [
    { part: a, places: nodePlaces(a) },
    { part: b, places: nodePlaces(b) },
  ];
}
