// Differences in the nodes of the flow: added, removed, changed field by field,
// with moves and resizes apart as layout. Nodes are named by their place
// ("Scenario 3, stap 2"): in the newer card when they are there, else the older.
import { scenarioName, type NodePlace } from '../describe-node';
import { jsonEqual } from '../json-equal';
import type { LocalizedText } from '../problems';
import type { Criterion, FlowNode } from '../types';
import { capitalize, NODE_KIND_NAMES, quoteEn, quoteNl } from '../wording';
import { placeOf, roleNames, sides, type FlowPart, type Side } from './flow-sides';
import { pairById } from './keyed';
import { diffList } from './list-changes';
import {
  deltaText,
  fieldSentence,
  listDelta,
  listFieldSentence,
  plainValue,
  same,
  textValue,
  unknownField,
} from './sentences';
import type { Change } from './types';

const NODE_FIELDS = ['kind', 'title', 'text', 'items', 'criteria', 'severity', 'roles'];
export const NODE_FIELD_NAMES: Record<string, LocalizedText> = {
  kind: { nl: 'soort', en: 'kind' },
  title: { nl: 'titel', en: 'title' },
  text: { nl: 'tekst', en: 'text' },
  items: { nl: 'opsomming', en: 'list' },
  criteria: { nl: 'criteria', en: 'criteria' },
  severity: { nl: 'ernst', en: 'severity' },
  roles: { nl: 'rollen', en: 'roles' },
  width: { nl: 'breedte', en: 'width' },
};

/** Where a step is, for "toegevoegd in ..." and "verwijderd uit ...". */
function columnOf(side: Side, place: NodePlace | undefined): LocalizedText | undefined {
  if (place?.area === 'trunk') return { nl: 'de stam', en: 'the trunk' };
  if (place?.area !== 'scenario' || !place.scenarioId) return undefined;
  const scenario = side.part.flow.nodes.find((n) => n.id === place.scenarioId);
  return scenario && same(scenarioName(scenario));
}

function nodeWords(node: FlowNode): LocalizedText {
  const words = node.text ?? node.title ?? node.items?.[0];
  return words === undefined ? same('') : { nl: ' ' + quoteNl(words), en: ' ' + quoteEn(words) };
}

function nodeAddedOrRemoved(side: Side, node: FlowNode, added: boolean): LocalizedText {
  const place = side.places.get(node.id);
  const words = nodeWords(node);
  const column = node.kind === 'step' ? columnOf(side, place) : undefined;
  if (column && place?.step !== undefined)
    return added
      ? {
          nl: `Stap toegevoegd in ${column.nl} (stap ${place.step}):${words.nl}`,
          en: `Step added in ${column.en} (step ${place.step}):${words.en}`,
        }
      : {
          nl: `Stap verwijderd uit ${column.nl} (was stap ${place.step}):${words.nl}`,
          en: `Step removed from ${column.en} (was step ${place.step}):${words.en}`,
        };
  const noun = node.kind === 'scenario' ? same(scenarioName(node)) : NODE_KIND_NAMES[node.kind];
  const verb = added ? { nl: 'toegevoegd', en: 'added' } : { nl: 'verwijderd', en: 'removed' };
  const colon = words.nl === '' ? '' : ':';
  return {
    nl: `${capitalize(noun.nl)} ${verb.nl}${colon}${words.nl}`,
    en: `${capitalize(noun.en)} ${verb.en}${colon}${words.en}`,
  };
}

function criteriaText(before: Criterion[] = [], after: Criterion[] = []): LocalizedText {
  const pairing = pairById(before, after);
  const added = pairing.added.map((c) => c.item.text);
  const removed = pairing.removed.map((c) => c.item.text);
  const reworded = pairing.common.filter((c) => !jsonEqual(c.before, c.after));
  const nl = reworded.map((c) => `${quoteNl(c.before.text)} → ${quoteNl(c.after.text)}`);
  const en = reworded.map((c) => `${quoteEn(c.before.text)} → ${quoteEn(c.after.text)}`);
  if (added.length + removed.length > 0 || reworded.length === 0) {
    nl.unshift(deltaText(added.map(quoteNl), removed.map(quoteNl)).nl);
    en.unshift(deltaText(added.map(quoteEn), removed.map(quoteEn)).en);
  }
  return { nl: nl.join('; '), en: en.join('; ') };
}

function nodeFieldMessage(
  older: Side,
  newer: Side,
  field: string,
  before: FlowNode,
  after: FlowNode,
): LocalizedText {
  const place = placeOf(newer, after.id);
  const name = NODE_FIELD_NAMES[field] ?? unknownField(field);
  const withDetail = (detail: LocalizedText): LocalizedText => ({
    nl: `${capitalize(name.nl)} van ${place.nl} gewijzigd: ${detail.nl}`,
    en: `${capitalize(name.en)} of ${place.en} changed: ${detail.en}`,
  });
  switch (field) {
    case 'text':
      if (before.text !== undefined && after.text !== undefined)
        return {
          nl: `${place.nl} herschreven: ${quoteNl(before.text)} → ${quoteNl(after.text)}`,
          en: `${place.en} reworded: ${quoteEn(before.text)} → ${quoteEn(after.text)}`,
        };
      return fieldSentence(name, place, textValue(before.text), textValue(after.text));
    case 'title':
      return fieldSentence(name, place, textValue(before.title), textValue(after.title));
    case 'kind':
      return fieldSentence(name, place, NODE_KIND_NAMES[before.kind], NODE_KIND_NAMES[after.kind]);
    case 'items': {
      const { added, removed } = listDelta(before.items, after.items);
      const nl = deltaText(added.map(quoteNl), removed.map(quoteNl)).nl;
      const en = deltaText(added.map(quoteEn), removed.map(quoteEn)).en;
      return withDetail({ nl, en });
    }
    case 'criteria':
      return withDetail(criteriaText(before.criteria, after.criteria));
    case 'roles': {
      const names = (ids: readonly string[], old: boolean) => roleNames(old ? older : newer, ids);
      const asList = listFieldSentence(name, place, before.roles, after.roles, names);
      const value = (side: Side, ids: string[] | undefined) =>
        ids && same(roleNames(side, ids).join(', '));
      return (
        asList ?? fieldSentence(name, place, value(older, before.roles), value(newer, after.roles))
      );
    }
    default:
      return fieldSentence(name, place, plainValue(before[field]), plainValue(after[field]));
  }
}

export function diffNodes(a: FlowPart, b: FlowPart): Change[] {
  const [older, newer] = sides(a, b);
  return diffList(a.flow.nodes, b.flow.nodes, {
    area: 'flow',
    item: 'node',
    path: ['flow', 'nodes'],
    fieldOrder: NODE_FIELDS,
    added: (node) => nodeAddedOrRemoved(newer, node, true),
    removed: (node) => nodeAddedOrRemoved(older, node, false),
    changed: (before, after, field) => {
      if (field !== 'position') return nodeFieldMessage(older, newer, field, before, after);
      const place = placeOf(newer, after.id);
      return { nl: `${place.nl} verplaatst`, en: `${place.en} moved` };
    },
    refine: (change, node) => {
      const refined: Change = { ...change, nodeKind: node.kind };
      if (change.field === 'position') return { ...refined, kind: 'node-moved', layout: true };
      if (change.field === 'width') return { ...refined, kind: 'node-resized', layout: true };
      return refined;
    },
  });
}
