// Differences in the edges of the flow: added, removed, label, kind and ends
// changed; the side of a box an arrow is attached to, and its route, are layout.
import type { LocalizedText } from '../problems';
import type { FlowEdge } from '../types';
import { quoted } from '../wording';
import { placeOf, placeWithWords, sides, type FlowPart, type Side } from './flow-sides';
import { changedFields } from './keyed';
import { diffList } from './list-changes';
import { fieldSentence, plainValue, same, textValue, unknownField } from './sentences';
import type { Change } from './types';

function arrow(
  side: Side,
  edge: Pick<FlowEdge, 'source' | 'target'>,
  withWords = false,
): LocalizedText {
  const name = withWords ? placeWithWords : placeOf;
  const from = name(side, edge.source);
  const to = name(side, edge.target);
  return { nl: `van ${from.nl} naar ${to.nl}`, en: `from ${from.en} to ${to.en}` };
}

function edgeAddedOrRemoved(side: Side, edge: FlowEdge, added: boolean): LocalizedText {
  const ends = arrow(side, edge);
  const label = edge.label ? quoted(edge.label) : undefined;
  const verb = added ? { nl: 'toegevoegd', en: 'added' } : { nl: 'verwijderd', en: 'removed' };
  return {
    nl: `Pijl${label ? ' ' + label.nl : ''} ${ends.nl} ${verb.nl}`,
    en: `Arrow${label ? ' ' + label.en : ''} ${ends.en} ${verb.en}`,
  };
}

function edgeFieldMessage(
  older: Side,
  newer: Side,
  field: string,
  before: FlowEdge,
  after: FlowEdge,
) {
  const ends = arrow(newer, after);
  const subject = { nl: `de pijl ${ends.nl}`, en: `the arrow ${ends.en}` };
  switch (field) {
    case 'ends': {
      // Step numbers shift when steps are added, so say the words of the boxes too.
      const old = arrow(older, before, true);
      const now = arrow(newer, after, true);
      return {
        nl: `Pijl ${old.nl} verlegd: nu ${now.nl}`,
        en: `Arrow ${old.en} moved: now ${now.en}`,
      };
    }
    case 'label':
      return fieldSentence(same('label'), subject, textValue(before.label), textValue(after.label));
    case 'kind':
      return after.kind === 'return'
        ? { nl: `Pijl ${ends.nl} is nu een terugkeerpijl`, en: `Arrow ${ends.en} now leads back` }
        : {
            nl: `Pijl ${ends.nl} is nu een gewone pijl`,
            en: `Arrow ${ends.en} is now a plain arrow`,
          };
    case 'sourceHandle':
    case 'targetHandle':
    case 'route':
      return {
        nl: `Pijl ${ends.nl} anders aangesloten`,
        en: `Arrow ${ends.en} attached differently`,
      };
    default:
      return fieldSentence(
        unknownField(field),
        subject,
        plainValue(before[field]),
        plainValue(after[field]),
      );
  }
}

const LAYOUT_FIELDS = new Set(['sourceHandle', 'targetHandle', 'route']);

/** Source and target change together as "ends": an arrow that now joins other boxes. */
function edgeFields(before: FlowEdge, after: FlowEdge): string[] {
  const fields = changedFields(before, after, ['source', 'target', 'label', 'kind']);
  const rest = fields.filter((f) => f !== 'source' && f !== 'target');
  return rest.length < fields.length ? ['ends', ...rest] : rest;
}

export function diffEdges(a: FlowPart, b: FlowPart): Change[] {
  const [older, newer] = sides(a, b);
  return diffList(a.flow.edges, b.flow.edges, {
    area: 'flow',
    item: 'edge',
    path: ['flow', 'edges'],
    fieldsOf: edgeFields,
    fieldValue: (edge, field) =>
      field === 'ends' ? { source: edge.source, target: edge.target } : edge[field],
    added: (edge) => edgeAddedOrRemoved(newer, edge, true),
    removed: (edge) => edgeAddedOrRemoved(older, edge, false),
    changed: (before, after, field) => edgeFieldMessage(older, newer, field, before, after),
    refine: (change) => {
      if (change.field === 'ends')
        return { ...change, pointer: change.pointer.replace(/\/ends$/, '') };
      if (change.field && LAYOUT_FIELDS.has(change.field))
        return { ...change, kind: 'edge-rerouted', layout: true };
      return change;
    },
  });
}
