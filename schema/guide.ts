// The guided path through a card ("stap voor stap"), with no UI: the trunk from
// START to the assessment, the choice among the scenarios, each scenario's
// chain of steps, where its last step leads, and the path a reader took. The viewer's guide, the text
// version and the studio preview all read the flow through here, so they agree
// on what "the next step" is.
import { parseBelgianPhone } from './phone';
import { partnersForRole } from './roles';
import type { Card, FlowEdge, FlowNode, Partner, Phone, Role } from './types';

/** A way on from the last step of a scenario: another scenario (with the arrow's label) or an end. */
export interface GuideExit {
  node: FlowNode;
  label?: string;
}

const byIdOf = (card: Card) => new Map(card.flow.nodes.map((n) => [n.id, n]));
const forward = (card: Card, id: string): FlowEdge[] =>
  card.flow.edges.filter((e) => e.source === id && e.kind !== 'return');

/**
 * The stops before the choice of scenario: START's successors in order, up to
 * and including the node whose arrows lead to the scenarios (the assessment).
 * START itself is left out: it is not something to read or do.
 */
export function trunkStops(card: Card): FlowNode[] {
  const byId = byIdOf(card);
  const stops: FlowNode[] = [];
  let node = card.flow.nodes.find((n) => n.kind === 'start');
  const seen = new Set<string>();
  while (node && !seen.has(node.id)) {
    seen.add(node.id);
    if (node.kind !== 'start') stops.push(node);
    if (node.kind === 'assessment') break;
    const next = forward(card, node.id).map((e) => byId.get(e.target));
    if (next.some((n) => n?.kind === 'scenario')) break;
    node = next[0];
  }
  return stops;
}

/** Scenarios reached from a node by forward arrows, calm to alarming, then left to right. */
function scenariosFrom(card: Card, id: string | undefined): FlowNode[] {
  if (id === undefined) return [];
  const byId = byIdOf(card);
  return forward(card, id)
    .map((e) => byId.get(e.target))
    .filter((n): n is FlowNode => n?.kind === 'scenario')
    .sort((a, b) => (a.severity ?? 0) - (b.severity ?? 0) || a.position.x - b.position.x);
}

/** The situations to choose from after the trunk (the scenario headings). */
export function scenarioChoices(card: Card): FlowNode[] {
  return scenariosFrom(card, trunkStops(card).at(-1)?.id);
}

/** A scenario's steps in order: forward arrows from the heading while they lead to steps. */
export function scenarioSteps(card: Card, scenarioId: string): FlowNode[] {
  const byId = byIdOf(card);
  const steps: FlowNode[] = [];
  let current = scenarioId;
  for (;;) {
    const node = forward(card, current)
      .map((e) => byId.get(e.target))
      .find((n) => n?.kind === 'step');
    if (!node || steps.includes(node)) return steps;
    steps.push(node);
    current = node.id;
  }
}

/** Where a scenario leads after its last step: other scenarios (labelled arrows) and end nodes. */
export function scenarioExits(card: Card, scenarioId: string): GuideExit[] {
  const last = scenarioSteps(card, scenarioId).at(-1)?.id ?? scenarioId;
  const byId = byIdOf(card);
  const exits: GuideExit[] = [];
  for (const edge of card.flow.edges.filter((e) => e.source === last)) {
    const node = byId.get(edge.target);
    if (node && (node.kind === 'scenario' || node.kind === 'end') && node.id !== scenarioId)
      exits.push(edge.label ? { node, label: edge.label } : { node });
  }
  return exits.sort((a, b) => (a.node.kind === 'end' ? 1 : 0) - (b.node.kind === 'end' ? 1 : 0));
}

/**
 * Read a path through the scenarios from its URL form ("scenario-2,scenario-3"):
 * the first must be a choice after the trunk, each next one a way on from the
 * one before. What does not fit the flow is dropped; [] is the start.
 */
export function parseGuidePath(card: Card, value: string | null | undefined): string[] {
  const path: string[] = [];
  let choices = scenarioChoices(card);
  for (const id of (value ?? '').split(',')) {
    if (!choices.some((n) => n.id === id) || path.includes(id)) break;
    path.push(id);
    choices = scenarioExits(card, id)
      .map((x) => x.node)
      .filter((n) => n.kind === 'scenario');
  }
  return path;
}

/** The roles a node names with the partners that fill them in a region, roles without partners included. */
export function contactsForNode(
  card: Card,
  node: FlowNode,
  regionId?: string,
): { role: Role; partners: Partner[] }[] {
  return (node.roles ?? []).flatMap((id) => {
    const role = card.roles.find((r) => r.id === id);
    return role ? [{ role, partners: partnersForRole(card, id, regionId) }] : [];
  });
}

export interface SummaryLabels {
  situation: string;
  steps: string;
  noPartner: string;
}

const DUTCH: SummaryLabels = {
  situation: 'Situatie',
  steps: 'Stappen',
  noPartner: 'geen partner in deze regio',
};

/** A node's heading and text on one line: "Scenario 2: Je hebt een niet pluis gevoel". */
const nodeLine = (node: FlowNode): string => [node.title, node.text].filter(Boolean).join(': ');

/** "055 31 38 62 (Oudenaarde)": the Belgian grouping, the location when there is one. */
export function phoneText(phone: Phone): string {
  const shown = parseBelgianPhone(phone.number)?.display ?? phone.number;
  return phone.label ? `${shown} (${phone.label})` : shown;
}

/**
 * The path taken as plain text for a client file: each scenario, its steps and
 * the contacts for their roles with the numbers as Belgians write them.
 */
export function guideSummary(
  card: Card,
  scenarios: string[],
  regionId: string | undefined,
  labels: SummaryLabels = DUTCH,
): string {
  const byId = byIdOf(card);
  const region = card.regions.find((r) => r.id === regionId);
  const lines = [[card.title, card.subtitle, region?.name].filter(Boolean).join(' – ')];
  for (const id of scenarios) {
    const scenario = byId.get(id);
    if (!scenario) continue;
    lines.push('', `${labels.situation}: ${nodeLine(scenario)}`, `${labels.steps}:`);
    for (const step of scenarioSteps(card, id)) {
      lines.push(`- ${nodeLine(step)}`);
      for (const { role, partners } of contactsForNode(card, step, regionId)) {
        const who = partners.map((p) =>
          [p.organisation, ...(p.phones ?? []).map(phoneText)].join(' '),
        );
        lines.push(`  ${role.name}: ${who.join('; ') || labels.noPartner}`);
      }
    }
  }
  return lines.join('\n');
}
