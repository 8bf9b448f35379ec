// The criteria of an assessment: text, hint and id each. Ids must stay unique
// within the node; the id field says so as it is typed, next to the field.
import type { Problem } from '../../schema/problems';
import type { Criterion, FlowNode } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { problemsUnder } from '../problems/card-problems';
import { updateNode } from '../state/commands/flow-commands';
import { newId } from '../state/ids';
import { idRule, longText, requiredText, type FieldRule } from '../directory/field-rules';
import { Field } from './fields';
import { inspectorTexts as texts } from './inspector-texts';
import { NodeListEditor } from './list-controls';

export function CriteriaEditor(props: {
  node: FlowNode;
  base: string;
  problems: readonly Problem[];
}) {
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
  const others = (i: number) => new Set(criteria.filter((_, j) => j !== i).map((c) => c.id));
  const field = <T,>(i: number, key: keyof Criterion, label: string, rule: FieldRule<T>) => (
    <Field
      label={label}
      value={criteria[i]?.[key] as T}
      rule={rule}
      multiline={key === 'hint'}
      problems={problemsUnder(problems, `${base}/criteria/${i}/${key}`)}
      onCommit={(value) => edit(i, { [key]: value })}
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
          {field(i, 'text', t(texts.criterionText), requiredText)}
          {field(i, 'hint', t(texts.criterionHint), longText)}
          {field(i, 'id', t(texts.criterionId), idRule(others(i)))}
        </>
      )}
    />
  );
}
