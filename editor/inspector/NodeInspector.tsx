// Every field the selected node's kind uses (and any other the node already
// has), with its problems next to it. Typing goes through updateNode, whose
// coalescing makes a burst of typing one undo step.
import { memo } from 'react';
import { DEFAULT_WIDTH } from '../../schema/layout/measure';
import type { Problem } from '../../schema/problems';
import { ANNOTATION_KINDS } from '../../schema/types';
import type { Card, FlowNode, NodeKind, Severity } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { updateNode, KIND_NAMES } from '../state/commands/flow-commands';
import { problemsUnder } from '../problems/card-problems';
import { deleteSelection, duplicateSelection } from '../canvas/canvas-actions';
import { longText, nodeWidth, shortText } from '../directory/field-rules';
import { ConnectField, sameLabels } from './ConnectField';
import { CriteriaEditor } from './CriteriaEditor';
import { Field, ProblemList, SelectField } from './fields';
import { inspectorTexts } from './inspector-texts';
import { ItemsEditor } from './ItemsEditor';
import { RolesEditor } from './RolesEditor';

type FieldName = 'title' | 'text' | 'items' | 'criteria' | 'severity' | 'roles';

const FIELDS: Record<NodeKind, FieldName[]> = {
  start: ['title'],
  step: ['text', 'roles'],
  prompts: ['title', 'text', 'items'],
  assessment: ['title', 'text', 'criteria'],
  scenario: ['title', 'text', 'severity'],
  end: ['title', 'text'],
  note: ['title', 'text', 'items'],
  tip: ['title', 'text'],
};
const ALL: FieldName[] = ['title', 'text', 'severity', 'items', 'criteria', 'roles'];
/** Fields the schema requires for a kind: emptied, they stay as "" rather than disappear. */
const REQUIRED_TEXT: ReadonlySet<NodeKind> = new Set(['step', 'scenario']);
const SEVERITIES: Severity[] = [1, 2, 3, 4, 5];

function NodeInspectorImpl({
  card,
  node,
  index,
  problems,
}: {
  card: Card;
  node: FlowNode;
  index: number;
  problems: readonly Problem[];
}) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const base = `/flow/nodes/${index}`;
  const shown = ALL.filter((f) => FIELDS[node.kind].includes(f) || node[f] !== undefined);
  const under = (field: string) => problemsUnder(problems, `${base}/${field}`);
  const set = (changes: Partial<Omit<FlowNode, 'id'>>) =>
    studio.store.execute(updateNode, { id: node.id, changes });
  const fieldPrefixes = [...shown, 'width'].map((f) => `${base}/${f}`);
  const general = problems.filter(
    (p) => !fieldPrefixes.some((f) => p.pointer === f || p.pointer.startsWith(f + '/')),
  );
  return (
    <div className="node-inspector" data-node={node.id}>
      <p className="inspector-kind">
        {t(inspectorTexts.kind)}: <strong>{KIND_NAMES[node.kind][lang]}</strong>
      </p>
      <ProblemList problems={general} title={t(inspectorTexts.problems)} />
      {shown.includes('title') && (
        <Field
          label={t(inspectorTexts.title)}
          value={node.title}
          rule={shortText}
          problems={under('title')}
          onCommit={(title) => set({ title })}
        />
      )}
      {shown.includes('text') && (
        <Field
          label={t(inspectorTexts.text)}
          value={node.text}
          rule={longText}
          multiline
          problems={under('text')}
          onCommit={(v) => set({ text: v ?? (REQUIRED_TEXT.has(node.kind) ? '' : undefined) })}
        />
      )}
      {shown.includes('severity') && (
        <SelectField
          label={t(inspectorTexts.severity)}
          value={String(node.severity ?? '')}
          problems={under('severity')}
          choices={SEVERITIES.map((s) => ({
            value: String(s),
            label: t(inspectorTexts[`severity${s}`]),
          }))}
          onChange={(v) => set({ severity: Number(v) as Severity })}
        />
      )}
      {shown.includes('items') && <ItemsEditor node={node} base={base} problems={problems} />}
      {shown.includes('criteria') && <CriteriaEditor node={node} base={base} problems={problems} />}
      {shown.includes('roles') && <RolesEditor card={card} node={node} />}
      <Field
        label={t(inspectorTexts.width)}
        value={node.width}
        rule={nodeWidth}
        numeric
        placeholder={t(inspectorTexts.widthDefault, { n: DEFAULT_WIDTH[node.kind] })}
        problems={under('width')}
        onCommit={(width) => set({ width })}
      />
      {!ANNOTATION_KINDS.has(node.kind) && node.kind !== 'end' && (
        <ConnectField card={card} node={node} />
      )}
      <div className="inspector-actions">
        <button type="button" onClick={() => duplicateSelection(studio)}>
          {t(inspectorTexts.duplicateNode)}
        </button>
        <button type="button" className="danger" onClick={() => deleteSelection(studio)}>
          {t(inspectorTexts.deleteNode)}
        </button>
      </div>
    </div>
  );
}

/** Everything of a node but where it stands: the inspector shows no position. */
function sameButPosition(a: FlowNode, b: FlowNode): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('position');
  return [...keys].every((k) => a[k as keyof FlowNode] === b[k as keyof FlowNode]);
}

type Props = Parameters<typeof NodeInspectorImpl>[0];

/**
 * Drawn again only when what it shows changed: dragging the selected node, or
 * an edit elsewhere in a large card, leaves its fields (and the list of every
 * node to connect to) as they are.
 */
export const NodeInspector = memo(
  NodeInspectorImpl,
  (a: Props, b: Props) =>
    a.index === b.index &&
    a.problems.length === b.problems.length &&
    a.problems.every((p, i) => p === b.problems[i]) &&
    sameButPosition(a.node, b.node) &&
    a.card.roles === b.card.roles &&
    a.card.regions === b.card.regions &&
    a.card.directory === b.card.directory &&
    sameLabels(a.card.flow.nodes, b.card.flow.nodes),
);
