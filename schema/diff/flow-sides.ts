// What the node and edge diffs share: each card's flow with the place of every
// node, so both name nodes the same way ("Scenario 3, stap 2").
import { nodePlaces, type NodePlace } from '../describe-node';
import type { LocalizedText } from '../problems';
import type { Card } from '../types';
import { quoteEn, quoteNl, shorten } from '../wording';
import { same } from './sentences';

export type FlowPart = Pick<Card, 'flow' | 'roles'>;

export interface Side {
  part: FlowPart;
  places: Map<string, NodePlace>;
}

export const placeOf = (side: Side, id: string): LocalizedText =>
  side.places.get(id)?.label ?? same(id);

/** "Scenario 5, stap 2 („Zorg dat de kinderen…”)": a step's place and the start of its words. */
export function placeWithWords(side: Side, id: string): LocalizedText {
  const place = placeOf(side, id);
  const node = side.part.flow.nodes.find((n) => n.id === id);
  if (node?.kind !== 'step' || !node.text) return place;
  const words = shorten(node.text, 40);
  return { nl: `${place.nl} (${quoteNl(words)})`, en: `${place.en} (${quoteEn(words)})` };
}

export function roleNames(side: Side, ids: readonly string[]): string[] {
  return ids.map((id) => side.part.roles.find((r) => r.id === id)?.name ?? id);
}

export function sides(a: FlowPart, b: FlowPart): [Side, Side] {
  return [
    { part: a, places: nodePlaces(a) },
    { part: b, places: nodePlaces(b) },
  ];
}
