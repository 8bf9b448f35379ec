// What a problem is about, and how to go there: a node or arrow on the canvas,
// or a partner, section or role in the directory (edited elsewhere; we switch
// the view and select the partner).
import { parsePointer } from '../../schema/pointer';
import type { Lang } from '../../schema/problems';
import type { Card, FlowEdge, FlowNode, Partner, Role, Section } from '../../schema/types';
import { requestReveal, type RevealRequest, type Studio } from '../app/studio';
import { shortLabel } from '../canvas/canvas-texts';

export type ProblemTarget = Omit<RevealRequest, 'seq'>;

/** What a problem is about, with its object in the card (the same object while it is unchanged). */
export interface Located {
  target: ProblemTarget;
  subject: FlowNode | FlowEdge | Partner | Section | Role;
}

/** What a JSON pointer into the card is about, found by its index: a node, an edge, a partner... */
export function locate(card: Card, pointer: string): Located | null {
  const [a, b, c] = parsePointer(pointer);
  const index = Number(c);
  const at = <T extends { id: string }>(
    kind: ProblemTarget['kind'],
    list: readonly T[],
    i: number,
  ) => {
    const subject = list[i];
    return subject ? { target: { kind, id: subject.id }, subject } : null;
  };
  if (a === 'flow' && b === 'nodes') return at('node', card.flow.nodes, index);
  if (a === 'flow' && b === 'edges') return at('edge', card.flow.edges, index);
  if (a === 'directory' && b === 'partners') return at('partner', card.directory.partners, index);
  if (a === 'directory' && b === 'sections') return at('section', card.directory.sections, index);
  if (a === 'roles' && b !== undefined) return at('role', card.roles, Number(b));
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
export function targetName({ target, subject }: Located, lang: Lang): string {
  const name =
    target.kind === 'node'
      ? shortLabel(subject as FlowNode, lang)
      : target.kind === 'partner'
        ? (subject as Partner).organisation
        : target.kind === 'role'
          ? (subject as Role).name
          : target.kind === 'section'
            ? (subject as Section).title
            : target.id;
  return `${PLACE[target.kind][lang]} '${name ?? target.id}'`;
}
