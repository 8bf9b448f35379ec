// Generated inputs for every command in editor/state/commands/: ordinary ones
// (ids that exist, sensible texts) mixed with what a hurried user or a hostile
// file gives (empty and over-long texts, control characters, numbers out of
// range, unknown ids, fields of the wrong type). A "tape" of random choices is
// drawn first; each maker turns it into arguments against the card as it is.
import fc from 'fast-check';
import type { Command } from '../../editor/state/command';
import * as canvas from '../../editor/state/commands/canvas-commands';
import * as cardCommands from '../../editor/state/commands/card-commands';
import * as directory from '../../editor/state/commands/directory-commands';
import * as flow from '../../editor/state/commands/flow-commands';
import * as region from '../../editor/state/commands/region-commands';
import * as roles from '../../editor/state/commands/role-commands';
import * as versions from '../../editor/state/commands/version-commands';
import type { Card, FlowEdge, FlowNode, Partner } from '../../schema/types';

export const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  fc.constantFrom('', ' ', 'a\u0000b', 'regel\r\nregel', 'tab\tok', 'x'.repeat(301)),
  fc.constantFrom('y'.repeat(5001), '__proto__', 'Het VK'),
);
const anyValue = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.constantFrom(3, 40, 300, 5001, -10, 1.5, Number.NaN, undefined, null, true),
  fc.array(hostileText, { maxLength: 3 }),
);

export interface Tape {
  n: number[];
  t: string[];
  v: unknown[];
}
export const tape: fc.Arbitrary<Tape> = fc.record({
  n: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  t: fc.array(hostileText, { minLength: 4, maxLength: 4 }),
  v: fc.array(anyValue, { minLength: 3, maxLength: 3 }),
});

/** One of the ids, now and then one that does not exist. */
const pick = (ids: readonly string[], n: number): string =>
  n % 9 === 0 || ids.length === 0 ? 'bestaat-niet' : ids[n % ids.length]!;
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
/** A section and, mostly, a partner listed in it. */
function listing(card: Card, tp: Tape): { sectionId: string; partnerId: string } {
  const sectionId = pick(ids(card.directory.sections), tp.n[0]!);
  const listed = card.directory.sections.find((s) => s.id === sectionId)?.entries ?? [];
  return {
    sectionId,
    partnerId: pick(
      listed.map((e) => e.partner),
      tp.n[1]!,
    ),
  };
}
const NODE_FIELDS = ['title', 'text', 'width', 'severity', 'items', 'roles', 'kind', 'criteria'];
const EDGE_FIELDS = ['label', 'kind', 'source', 'target', 'sourceHandle', 'targetHandle'];
const PARTNER_FIELDS = ['organisation', 'service', 'email', 'website', 'phones', 'roles', 'kbo'];
const KINDS = ['step', 'end', 'note', 'scenario', 'start', 'tip'] as const;

/** A field and a value for it: usually a sensible one, often not. */
function changes(fields: readonly string[], tp: Tape, i: number): Record<string, unknown> {
  const field = fields[tp.n[i]! % fields.length]!;
  const sensible = tp.n[i + 1]! % 2 === 0;
  return { [field]: sensible ? tp.t[i % 4] : tp.v[i % 3] };
}

function newNode(tp: Tape, id: string): FlowNode {
  const kind = KINDS[tp.n[1]! % KINDS.length]!;
  return {
    id,
    kind,
    text: tp.t[0]!,
    position: { x: tp.n[2]! % 3000, y: tp.n[3]! % 3000 },
    ...(kind === 'scenario' ? { severity: ((tp.n[4]! % 6) + 1) as 1 } : {}),
  };
}

const newEdge = (card: Card, tp: Tape, id: string): FlowEdge => ({
  id,
  source: pick(ids(card.flow.nodes), tp.n[2]!),
  target: pick(ids(card.flow.nodes), tp.n[3]!),
  ...(tp.n[4]! % 2 ? { label: tp.t[1]! } : {}),
});

const newPartner = (tp: Tape, id: string): Partner => ({ id, organisation: tp.t[2]! });

type Maker = (card: Card, tp: Tape) => unknown;
type AnyCommand = Command<never>;

/** Every command with its maker. The test fails for a command that has none. */
export const MAKERS = new Map<AnyCommand, Maker>(
  (
    [
      [flow.addNode, (_c, tp) => ({ node: newNode(tp, `n-${tp.n[0]}`) })],
      [
        flow.updateNode,
        (c, tp) => ({
          id: pick(ids(c.flow.nodes), tp.n[0]!),
          changes: changes(NODE_FIELDS, tp, 1),
        }),
      ],
      [
        flow.moveNodes,
        (c, tp) => ({
          moves: [{ id: pick(ids(c.flow.nodes), tp.n[0]!), position: { x: tp.v[0], y: tp.n[1] } }],
        }),
      ],
      [
        flow.deleteElements,
        (c, tp) => ({
          nodeIds: [pick(ids(c.flow.nodes), tp.n[0]!)],
          edgeIds: [pick(ids(c.flow.edges), tp.n[1]!)],
        }),
      ],
      [flow.connect, (c, tp) => ({ edge: newEdge(c, tp, `e-${tp.n[0]}`) })],
      [
        flow.updateEdge,
        (c, tp) => ({
          id: pick(ids(c.flow.edges), tp.n[0]!),
          changes: changes(EDGE_FIELDS, tp, 1),
        }),
      ],
      [
        flow.insertFragment,
        (c, tp) => ({
          fragment: {
            nodes: [newNode(tp, `f-${tp.n[0]}`)],
            edges: [newEdge(c, tp, `fe-${tp.n[0]}`)],
            roles: [],
          },
          how: 'paste',
        }),
      ],
      [
        flow.applyLayout,
        (c, tp) => ({ positions: { [pick(ids(c.flow.nodes), tp.n[0]!)]: { x: tp.v[1], y: 0 } } }),
      ],
      [
        canvas.addConnectedNode,
        (c, tp) => ({ node: newNode(tp, `c-${tp.n[0]}`), edge: newEdge(c, tp, `ce-${tp.n[0]}`) }),
      ],
      [
        canvas.nudgeNodes,
        (c, tp) => ({ ids: [pick(ids(c.flow.nodes), tp.n[0]!)], dx: tp.v[0], dy: tp.n[1]! % 50 }),
      ],
      [
        canvas.restructureNode,
        (c, tp) => ({
          id: pick(ids(c.flow.nodes), tp.n[0]!),
          changes: changes(NODE_FIELDS, tp, 1),
          label: { nl: '', en: '' },
        }),
      ],
      [
        canvas.addRoleToNode,
        (c, tp) => ({
          nodeId: pick(ids(c.flow.nodes), tp.n[0]!),
          role: { id: `r-${tp.n[1]}`, name: tp.t[0] },
        }),
      ],
      [
        cardCommands.updateCardMeta,
        (_c, tp) => ({ changes: changes(['title', 'subtitle', 'language'], tp, 0) }),
      ],
      [directory.updateDirectoryTitle, (_c, tp) => ({ title: tp.n[0]! % 3 ? tp.t[0] : tp.v[0] })],
      [
        directory.addSection,
        (_c, tp) => ({ section: { id: `s-${tp.n[0]}`, title: tp.t[0], entries: [] } }),
      ],
      [
        directory.updateSection,
        (c, tp) => ({
          id: pick(ids(c.directory.sections), tp.n[0]!),
          changes: changes(['title', 'description', 'audience'], tp, 1),
        }),
      ],
      [
        directory.moveSection,
        (c, tp) => ({ id: pick(ids(c.directory.sections), tp.n[0]!), to: tp.n[1]! % 5 }),
      ],
      [directory.deleteSection, (c, tp) => ({ id: pick(ids(c.directory.sections), tp.n[0]!) })],
      [
        directory.addPartner,
        (c, tp) => ({
          partner: newPartner(tp, `p-${tp.n[0]}`),
          sectionId: pick(ids(c.directory.sections), tp.n[1]!),
        }),
      ],
      [
        directory.updatePartner,
        (c, tp) => ({
          id: pick(ids(c.directory.partners), tp.n[0]!),
          changes: changes(PARTNER_FIELDS, tp, 1),
        }),
      ],
      [
        directory.markChecked,
        (c, tp) => ({
          id: pick(ids(c.directory.partners), tp.n[0]!),
          date: tp.n[1]! % 2 ? '2026-11-28' : tp.t[0],
        }),
      ],
      [directory.deletePartner, (c, tp) => ({ id: pick(ids(c.directory.partners), tp.n[0]!) })],
      [
        directory.addEntry,
        (c, tp) => ({
          sectionId: pick(ids(c.directory.sections), tp.n[0]!),
          entry: { partner: pick(ids(c.directory.partners), tp.n[1]!) },
        }),
      ],
      [directory.removeEntry, listing],
      [
        directory.updateEntry,
        (c, tp) => ({ ...listing(c, tp), changes: changes(['note', 'wayIn'], tp, 2) }),
      ],
      [directory.moveEntry, (c, tp) => ({ ...listing(c, tp), to: tp.n[2]! % 9 })],
      [
        directory.importDirectory,
        (c, tp) => ({
          directory: {
            ...c.directory,
            partners: [...c.directory.partners, newPartner(tp, `i-${tp.n[0]}`)],
          },
          file: 'x.csv',
        }),
      ],
      [
        region.takeBaseUpdate,
        (c, tp) => ({
          merged: {
            flow: { ...c.flow, nodes: [...c.flow.nodes, newNode(tp, `b-${tp.n[0]}`)] },
            roles: c.roles,
          },
        }),
      ],
      [roles.addRole, (_c, tp) => ({ role: { id: `rol-${tp.n[0]}`, name: tp.t[0] } })],
      [
        roles.updateRole,
        (c, tp) => ({
          id: pick(ids(c.roles), tp.n[0]!),
          changes: changes(['name', 'description'], tp, 1),
        }),
      ],
      [roles.deleteRole, (c, tp) => ({ id: pick(ids(c.roles), tp.n[0]!), name: 'x' })],
      [versions.replaceCard, (c, tp) => ({ card: { ...c, title: tp.t[0] } })],
    ] as [AnyCommand, Maker][]
  ).map(([command, maker]) => [command, maker]),
);

/** Every command the modules export (anything with an id, a label and a run). */
export const ALL_COMMANDS: AnyCommand[] = [
  canvas,
  cardCommands,
  directory,
  flow,
  region,
  roles,
  versions,
]
  .flatMap((module) => Object.values(module))
  .filter(
    (value): value is AnyCommand =>
      typeof value === 'object' &&
      value !== null &&
      'run' in value &&
      'label' in value &&
      'id' in value,
  );
