// Where a node stands in the flow, in the words a reader of the card uses:
// "Scenario 3, stap 2", "Stam, stap 1". Ids mean nothing to policy staff, and
// a step's number is not stored anywhere: it is its place when one walks the
// arrows from START (the trunk) or from a scenario node (its column).
import type { LocalizedText } from './problems';
import type { Card, FlowNode } from './types';
import { capitalize, NODE_KIND_NAMES, quoteEn, quoteNl, shorten } from './wording';

export interface NodePlace {
  /**
   * trunk: reached from START before any scenario; scenario: in a scenario's column
   * (the scenario node included); beside: notes, tips, the end and whatever the walk
   * does not reach.
   */
  area: 'trunk' | 'scenario' | 'beside';
  /** For a node in a scenario's column: the id of the scenario node. */
  scenarioId?: string;
  /** For a step in the trunk or a scenario: its number there, from 1, in walking order. */
  step?: number;
  /** "Scenario 3, stap 2", "Stam, stap 1", "Scenario 3", "START", "Tip „Bespreek…”". */
  label: LocalizedText;
}

const LABEL_LIMIT = 60;

/** The name of a scenario as the card shows it: its title, else "Scenario <severity>". */
export function scenarioName(node: FlowNode): string {
  return node.title ?? `Scenario ${node.severity ?? '?'}`;
}

/** A node named by its kind and words, for nodes that have no step number. */
function ownLabel(node: FlowNode): LocalizedText {
  if (node.kind === 'start') return { nl: node.title ?? 'START', en: node.title ?? 'START' };
  if (node.kind === 'scenario') return { nl: scenarioName(node), en: scenarioName(node) };
  const noun = NODE_KIND_NAMES[node.kind];
  const titleIsNoun = node.title?.toLowerCase() === noun.nl.toLowerCase();
  const words = titleIsNoun ? node.text : (node.title ?? node.text ?? node.items?.[0]);
  if (words === undefined || words.trim() === '')
    return titleIsNoun
      ? { nl: capitalize(noun.nl), en: capitalize(noun.en) }
      : { nl: `${capitalize(noun.nl)} ${node.id}`, en: `${capitalize(noun.en)} ${node.id}` };
  const short = shorten(words, LABEL_LIMIT);
  return {
    nl: `${capitalize(noun.nl)} ${quoteNl(short)}`,
    en: `${capitalize(noun.en)} ${quoteEn(short)}`,
  };
}

/**
 * Visits the nodes reached from `from` over forward arrows (not `kind: "return"`), breadth
 * first in edge order, skipping nodes already placed and those `enter` refuses.
 */
function walk(
  from: string,
  next: Map<string, string[]>,
  byId: Map<string, FlowNode>,
  placed: Set<string>,
  enter: (node: FlowNode) => boolean,
): FlowNode[] {
  const reached: FlowNode[] = [];
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const id of next.get(queue[i]!) ?? []) {
      const node = byId.get(id);
      if (!node || placed.has(id) || !enter(node)) continue;
      placed.add(id);
      reached.push(node);
      queue.push(id);
    }
  }
  return reached;
}

/** The place of every node of a card's flow, by node id. Computed in one walk; reuse it. */
export function nodePlaces(card: Pick<Card, 'flow'>): Map<string, NodePlace> {
  const { nodes, edges } = card.flow;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.kind === 'return') continue;
    const list = next.get(edge.source);
    if (list) list.push(edge.target);
    else next.set(edge.source, [edge.target]);
  }
  const places = new Map<string, NodePlace>();
  const placed = new Set<string>();
  const inColumn = (n: FlowNode) => !['start', 'scenario', 'end'].includes(n.kind);

  type Column = Pick<NodePlace, 'area' | 'scenarioId'>;
  const numberSteps = (reached: FlowNode[], prefix: LocalizedText, column: Column) => {
    let step = 0;
    for (const node of reached) {
      if (node.kind !== 'step') {
        places.set(node.id, { ...column, label: ownLabel(node) });
        continue;
      }
      step += 1;
      places.set(node.id, {
        ...column,
        step,
        label: { nl: `${prefix.nl}, stap ${step}`, en: `${prefix.en}, step ${step}` },
      });
    }
  };

  for (const start of nodes.filter((n) => n.kind === 'start')) {
    placed.add(start.id);
    places.set(start.id, { area: 'trunk', label: ownLabel(start) });
    numberSteps(
      walk(start.id, next, byId, placed, inColumn),
      { nl: 'Stam', en: 'Trunk' },
      {
        area: 'trunk',
      },
    );
  }

  const scenarios = nodes
    .filter((n) => n.kind === 'scenario')
    .sort(
      (a, b) =>
        (a.severity ?? 0) - (b.severity ?? 0) ||
        a.position.x - b.position.x ||
        (a.id < b.id ? -1 : 1),
    );
  for (const scenario of scenarios) placed.add(scenario.id);
  for (const scenario of scenarios) {
    const label = ownLabel(scenario);
    places.set(scenario.id, { area: 'scenario', scenarioId: scenario.id, label });
    numberSteps(walk(scenario.id, next, byId, placed, inColumn), label, {
      area: 'scenario',
      scenarioId: scenario.id,
    });
  }

  for (const node of nodes)
    if (!places.has(node.id)) places.set(node.id, { area: 'beside', label: ownLabel(node) });
  return places;
}

/** The place of one node, or undefined when the card has no such node. */
export function nodePlace(card: Pick<Card, 'flow'>, nodeId: string): NodePlace | undefined {
  return nodePlaces(card).get(nodeId);
}

/** The reader's name of a node ("Scenario 3, stap 2"); the id itself when there is no such node. */
export function describeNode(card: Pick<Card, 'flow'>, nodeId: string): LocalizedText {
  return nodePlace(card, nodeId)?.label ?? { nl: nodeId, en: nodeId };
}
