// What a problem is about, and how to go there: a node or arrow on the canvas,
// or a partner, section or role in the directory (edited elsewhere; we switch
// the view and select the partner).
import { parsePointer } from '../../schema/pointer';
import type { Lang } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { requestReveal, type RevealRequest, type Studio } from '../app/studio';
import { shortLabel } from '../canvas/canvas-texts';

export type ProblemTarget = Omit<RevealRequest, 'seq'>;

/** What a JSON pointer into the card is about: a node, an edge, a partner... */
export function pointerTarget(card: Card, pointer: string): ProblemTarget | null {
  const [a, b, c] = parsePointer(pointer);
  const index = Number(c);
  if (a === 'flow' && b === 'nodes' && card.flow.nodes[index])
    return { kind: 'node', id: card.flow.nodes[index].id };
  if (a === 'flow' && b === 'edges' && card.flow.edges[index])
    return { kind: 'edge', id: card.flow.edges[index].id };
  if (a === 'directory' && b === 'partners' && card.directory.partners[index])
    return { kind: 'partner', id: card.directory.partners[index].id };
  if (a === 'directory' && b === 'sections' && card.directory.sections[index])
    return { kind: 'section', id: card.directory.sections[index].id };
  if (a === 'roles' && b !== undefined && card.roles[Number(b)])
    return { kind: 'role', id: card.roles[Number(b)]!.id };
  return null;
}

export function revealTarget(studio: Studio, target: ProblemTarget): void {
  if (target.kind === 'node') studio.selection.select({ nodeIds: [target.id] });
  if (target.kind === 'edge') studio.selection.select({ edgeIds: [target.id] });
  if (target.kind === 'partner') studio.selection.select({ partnerId: target.id });
  studio.view.set(target.kind === 'node' || target.kind === 'edge' ? 'flow' : 'directory');
  requestReveal(studio, target.kind, target.id);
}

const PLACE: Record<ProblemTarget['kind'], { nl: string; en: string }> = {
  node: { nl: 'Knoop', en: 'Node' },
  edge: { nl: 'Pijl', en: 'Arrow' },
  partner: { nl: 'Partner', en: 'Partner' },
  section: { nl: 'Rubriek', en: 'Section' },
  role: { nl: 'Rol', en: 'Role' },
  card: { nl: 'Kaart', en: 'Card' },
};

/** "Knoop 'Scenario 2'": where a problem is, in words. */
export function targetName(card: Card, target: ProblemTarget, lang: Lang): string {
  let name = target.id;
  if (target.kind === 'node') {
    const node = card.flow.nodes.find((n) => n.id === target.id);
    if (node) name = shortLabel(node, lang);
  } else if (target.kind === 'partner') {
    name = card.directory.partners.find((p) => p.id === target.id)?.organisation ?? name;
  } else if (target.kind === 'role') {
    name = card.roles.find((r) => r.id === target.id)?.name ?? name;
  } else if (target.kind === 'section') {
    name = card.directory.sections.find((s) => s.id === target.id)?.title ?? name;
  }
  return `${PLACE[target.kind][lang]} '${name}'`;
}
