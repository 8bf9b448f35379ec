// Random edits of a card for the property tests, as plain data (so fast-check
// prints a failing case readably) and an interpreter that applies them. Every
// edit keeps a card valid and whole: ids unique, arrows between existing nodes.
// New ids come from a small pool, so both sides of a merge sometimes add the
// same id.
import fc from 'fast-check';
import type { Card, FlowEdge } from '../../schema/types';

export type Edit =
  | { op: 'reword'; node: number; text: string }
  | { op: 'add-step'; edge: number; id: string; text: string }
  | { op: 'remove-step'; node: number }
  | { op: 'remove-node'; node: number }
  | { op: 'add-edge'; from: number; to: number; id: string }
  | { op: 'remove-edge'; edge: number }
  | { op: 'relabel-edge'; edge: number; label: string }
  | { op: 'move'; node: number; dx: number; dy: number }
  | { op: 'node-roles'; node: number; roles: number[] }
  | { op: 'add-role'; id: string; name: string }
  | { op: 'remove-role'; role: number }
  | { op: 'phone'; partner: number; number: string }
  | { op: 'website'; partner: number; url: string }
  | { op: 'add-partner'; id: string; organisation: string; role: number }
  | { op: 'remove-partner'; partner: number };

const WORDS = ['Bespreek het', 'Bel het VK', 'Betrek het CLB', 'Noteer alles', 'Herstel de rust'];
const text = fc.tuple(fc.constantFrom(...WORDS), fc.nat(3)).map(([w, n]) => `${w} (${n}).`);
const newId = fc.constantFrom('nieuw-1', 'nieuw-2', 'nieuw-3');
// Small indexes often, so both sides of a merge often edit the same item.
const index = fc.oneof(fc.nat(4), fc.nat(60));
const PHONES = ['09 216 73 31', '050 34 57 57', '02 243 51 08', '0470 12 34 56', '078 150 100'];

const flowEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('reword' as const), node: index, text }),
  fc.record({ op: fc.constant('add-step' as const), edge: index, id: newId, text }),
  fc.record({ op: fc.constant('remove-step' as const), node: index }),
  fc.record({ op: fc.constant('remove-node' as const), node: index }),
  fc.record({ op: fc.constant('add-edge' as const), from: index, to: index, id: newId }),
  fc.record({ op: fc.constant('remove-edge' as const), edge: index }),
  fc.record({ op: fc.constant('relabel-edge' as const), edge: index, label: text }),
  fc.record({
    op: fc.constant('move' as const),
    node: index,
    dx: fc.integer({ min: -50, max: 50 }),
    dy: fc.integer({ min: -50, max: 50 }),
  }),
  fc.record({
    op: fc.constant('node-roles' as const),
    node: index,
    roles: fc.array(index, { maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('add-role' as const), id: newId, name: text }),
);

/** Edits of the base's flow and roles: what a newer base card brings. */
export const baseFlowEdits = fc.array(
  fc.oneof(
    { arbitrary: flowEdit, weight: 9 },
    { arbitrary: fc.record({ op: fc.constant('remove-role' as const), role: index }), weight: 1 },
  ),
  { maxLength: 6 },
);
/** The region's own edits of its flow (it does not remove roles its partners fill). */
export const regionalFlowEdits = fc.array(flowEdit, { maxLength: 6 });

/** Edits of a directory: numbers, websites, partners added and removed. */
export const directoryEdits = fc.array(
  fc.oneof(
    fc.record({
      op: fc.constant('phone' as const),
      partner: index,
      number: fc.constantFrom(...PHONES),
    }),
    fc.record({
      op: fc.constant('website' as const),
      partner: index,
      url: fc.constantFrom('https://www.fara.be/', 'https://kindengezin.be/', 'http://clb.be/x'),
    }),
    fc.record({
      op: fc.constant('add-partner' as const),
      id: newId,
      organisation: text,
      role: index,
    }),
    fc.record({ op: fc.constant('remove-partner' as const), partner: index }),
  ),
  { maxLength: 5 },
);

const at = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

function forward(card: Card, nodeId: string, direction: 'source' | 'target'): FlowEdge[] {
  return card.flow.edges.filter((e) => e[direction] === nodeId && e.kind !== 'return');
}

function removeNode(card: Card, id: string): void {
  card.flow.nodes = card.flow.nodes.filter((n) => n.id !== id);
  card.flow.edges = card.flow.edges.filter((e) => e.source !== id && e.target !== id);
}

/** Applies one edit in place (to a copy the caller owns); an edit that does not fit is skipped. */
export function applyEdit(card: Card, edit: Edit): void {
  const { nodes, edges } = card.flow;
  const has = (id: string) =>
    nodes.some((n) => n.id === id) ||
    edges.some((e) => e.id === id) ||
    card.roles.some((r) => r.id === id);
  switch (edit.op) {
    case 'reword': {
      const node = at(
        nodes.filter((n) => n.kind === 'step'),
        edit.node,
      );
      if (node) node.text = edit.text;
      return;
    }
    case 'add-step': {
      const edge = at(
        edges.filter((e) => e.kind !== 'return'),
        edit.edge,
      );
      if (!edge || has(edit.id) || has(`${edit.id}-e`)) return;
      nodes.push({ id: edit.id, kind: 'step', text: edit.text, position: { x: 0, y: 0 } });
      edges.push({ id: `${edit.id}-e`, source: edit.id, target: edge.target });
      edge.target = edit.id;
      return;
    }
    case 'remove-step': {
      const node = at(
        nodes.filter((n) => n.kind === 'step'),
        edit.node,
      );
      if (!node) return;
      const [into, out] = [forward(card, node.id, 'target'), forward(card, node.id, 'source')];
      if (into.length !== 1 || out.length !== 1) return;
      into[0]!.target = out[0]!.target;
      card.flow.edges = edges.filter((e) => e !== out[0]);
      removeNode(card, node.id);
      return;
    }
    case 'remove-node': {
      const node = at(nodes, edit.node);
      if (node) removeNode(card, node.id);
      return;
    }
    case 'add-edge': {
      const [from, to] = [at(nodes, edit.from), at(nodes, edit.to)];
      if (from && to && !has(edit.id)) edges.push({ id: edit.id, source: from.id, target: to.id });
      return;
    }
    case 'remove-edge': {
      const edge = at(edges, edit.edge);
      card.flow.edges = edges.filter((e) => e !== edge);
      return;
    }
    case 'relabel-edge': {
      const edge = at(edges, edit.edge);
      if (edge) edge.label = edit.label;
      return;
    }
    case 'move': {
      const node = at(nodes, edit.node);
      if (node) node.position = { x: node.position.x + edit.dx, y: node.position.y + edit.dy };
      return;
    }
    case 'node-roles': {
      const node = at(nodes, edit.node);
      const roles = [
        ...new Set(edit.roles.map((i) => at(card.roles, i)?.id).filter((r) => r !== undefined)),
      ];
      if (node && roles.length > 0) node.roles = roles;
      else if (node) delete node.roles;
      return;
    }
    case 'add-role':
      if (!has(edit.id)) card.roles.push({ id: edit.id, name: edit.name });
      return;
    case 'remove-role': {
      const role = at(card.roles, edit.role);
      if (!role) return;
      card.roles = card.roles.filter((r) => r !== role);
      for (const node of nodes) {
        if (!node.roles?.includes(role.id)) continue;
        node.roles = node.roles.filter((r) => r !== role.id);
        if (node.roles.length === 0) delete node.roles;
      }
      for (const partner of card.directory.partners)
        if (partner.roles) partner.roles = partner.roles.filter((r) => r !== role.id);
      return;
    }
    case 'phone': {
      const partner = at(card.directory.partners, edit.partner);
      if (partner) partner.phones = [{ number: edit.number }];
      return;
    }
    case 'website': {
      const partner = at(card.directory.partners, edit.partner);
      if (partner) partner.website = edit.url;
      return;
    }
    case 'add-partner': {
      if (card.directory.partners.some((p) => p.id === edit.id)) return;
      const role = at(card.roles, edit.role);
      card.directory.partners.push({
        id: edit.id,
        organisation: edit.organisation,
        ...(role ? { roles: [role.id] } : {}),
      });
      card.directory.sections[0]?.entries.push({ partner: edit.id });
      return;
    }
    case 'remove-partner': {
      const partner = at(card.directory.partners, edit.partner);
      if (!partner) return;
      card.directory.partners = card.directory.partners.filter((p) => p !== partner);
      for (const section of card.directory.sections)
        section.entries = section.entries.filter((e) => e.partner !== partner.id);
      return;
    }
  }
}

/** A copy of the card with the edits applied. */
export function edited(card: Card, edits: readonly Edit[]): Card {
  const copy = structuredClone(card);
  for (const edit of edits) applyEdit(copy, edit);
  return copy;
}
