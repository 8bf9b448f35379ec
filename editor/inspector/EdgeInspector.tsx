// The selected arrow: its label, its kind (dashed "return" or not), the sides
// it leaves and enters, and its two ends, which can be reconnected here.
import type { Problem } from '../../schema/problems';
import type { Card, FlowEdge, Side } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { updateEdge } from '../state/commands/flow-commands';
import { problemsUnder } from '../problems/card-problems';
import { shortLabel } from '../canvas/canvas-texts';
import { SIDES } from '../canvas/flow-elements';
import { deleteSelection } from '../canvas/canvas-actions';
import { shortText } from '../directory/field-rules';
import { Field, ProblemList, SelectField, type Choice } from './fields';
import { inspectorTexts } from './inspector-texts';

export function EdgeInspector({
  card,
  edge,
  index,
  problems,
}: {
  card: Card;
  edge: FlowEdge;
  index: number;
  problems: readonly Problem[];
}) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const base = `/flow/edges/${index}`;
  const set = (changes: Partial<Omit<FlowEdge, 'id'>>) =>
    studio.store.execute(updateEdge, { id: edge.id, changes });
  const nodeChoices: Choice[] = card.flow.nodes.map((n) => ({
    value: n.id,
    label: shortLabel(n, lang),
  }));
  const sideChoices: Choice[] = [
    { value: '', label: t(inspectorTexts.sideAuto) },
    ...SIDES.map((s) => ({ value: s, label: t(inspectorTexts[s]) })),
  ];
  const side = (v: string): Side | undefined => SIDES.find((s) => s === v);
  const fields = ['label', 'kind', 'source', 'target', 'sourceHandle', 'targetHandle'].map(
    (f) => `${base}/${f}`,
  );
  const general = problems.filter((p) => !fields.some((f) => p.pointer.startsWith(f)));
  return (
    <div className="edge-inspector" data-edge={edge.id}>
      <p className="inspector-kind">
        <strong>{t(inspectorTexts.edge)}</strong>
      </p>
      <ProblemList problems={general} title={t(inspectorTexts.edgeProblems)} />
      <Field
        label={t(inspectorTexts.label)}
        value={edge.label}
        rule={shortText}
        problems={problemsUnder(problems, `${base}/label`)}
        onCommit={(label) => set({ label })}
      />
      <SelectField
        label={t(inspectorTexts.edgeKind)}
        value={edge.kind ?? 'next'}
        choices={[
          { value: 'next', label: t(inspectorTexts.edgeNext) },
          { value: 'return', label: t(inspectorTexts.edgeReturn) },
        ]}
        onChange={(v) => set({ kind: v === 'return' ? 'return' : undefined })}
      />
      <SelectField
        label={t(inspectorTexts.from)}
        value={edge.source}
        choices={nodeChoices}
        problems={problemsUnder(problems, `${base}/source`)}
        onChange={(v) => set({ source: v })}
      />
      <SelectField
        label={t(inspectorTexts.fromSide)}
        value={edge.sourceHandle ?? ''}
        choices={sideChoices}
        onChange={(v) => set({ sourceHandle: side(v) })}
      />
      <SelectField
        label={t(inspectorTexts.to)}
        value={edge.target}
        choices={nodeChoices}
        problems={problemsUnder(problems, `${base}/target`)}
        onChange={(v) => set({ target: v })}
      />
      <SelectField
        label={t(inspectorTexts.toSide)}
        value={edge.targetHandle ?? ''}
        choices={sideChoices}
        onChange={(v) => set({ targetHandle: side(v) })}
      />
      <div className="inspector-actions">
        <button type="button" className="danger" onClick={() => deleteSelection(studio)}>
          {t(inspectorTexts.deleteEdge)}
        </button>
      </div>
    </div>
  );
}
