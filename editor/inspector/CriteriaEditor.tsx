// The criteria of an assessment: text, hint and id each. Ids must stay unique
// within the node; the schema check says so live, next to the field.
import type { Problem } from '../../schema/problems';
import type { Criterion, FlowNode } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { problemsUnder } from '../problems/card-problems';
import { updateNode } from '../state/commands/flow-commands';
import { newId } from '../state/ids';
import { Field } from './fields';
import { inspectorTexts as texts } from './inspector-texts';
import { NodeListEditor } from './list-controls';

export function CriteriaEditor(props: { node: FlowNode; base: string; problems: Problem[] }) {
  const { node, base, problems } = props;
  const studio = useStudio();
  const t = useT();
  const criteria = node.criteria ?? [];
  const edit = (i: number, changes: Partial<Criterion>) =>
    studio.store.execute(updateNode, {
      id: node.id,
      changes: {
        criteria: criteria.map((c, j) => {
          if (j !== i) return c;
          const next: Criterion = { ...c, ...changes };
          if (!next.hint) delete next.hint;
          return next;
        }),
      },
    });
  const field = (i: number, key: keyof Criterion, label: string, multiline = false) => (
    <Field
      label={label}
      value={criteria[i]?.[key] ?? ''}
      multiline={multiline}
      problems={problemsUnder(problems, `${base}/criteria/${i}/${key}`)}
      onChange={(value) => edit(i, { [key]: value })}
    />
  );
  return (
    <NodeListEditor
      node={node}
      field="criteria"
      legend={texts.criteria}
      add={texts.addCriterion}
      rowName={texts.criterion}
      steps={{
        added: texts.criterionAdded,
        removed: texts.criterionRemoved,
        moved: texts.criterionMoved,
      }}
      newItem={(list) => ({
        id: newId('criterium', new Set(list.map((c) => c.id))),
        text: t(texts.newCriterion),
      })}
      row={(_, i, what) => (
        <>
          <p className="list-row-title">{what}</p>
          {field(i, 'text', t(texts.criterionText))}
          {field(i, 'hint', t(texts.criterionHint), true)}
          {field(i, 'id', t(texts.criterionId))}
        </>
      )}
    />
  );
}
