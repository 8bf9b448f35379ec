// The criteria of an assessment: id, text and hint each, with add, remove and
// reorder. Ids must stay unique within the node; the schema check says so live.
import { useStudio } from '../app/studio-context';
import type { Problem } from '../../schema/problems';
import type { Criterion, FlowNode } from '../../schema/types';
import { useT } from '../i18n/i18n';
import { restructureNode } from '../state/commands/canvas-commands';
import { updateNode } from '../state/commands/flow-commands';
import { newId } from '../state/ids';
import { problemsUnder } from '../problems/card-problems';
import { Field } from './fields';
import { inspectorTexts } from './inspector-texts';
import { moveItem, RowControls } from './list-controls';

export function CriteriaEditor({
  node,
  base,
  problems,
}: {
  node: FlowNode;
  base: string;
  problems: Problem[];
}) {
  const studio = useStudio();
  const t = useT();
  const criteria = node.criteria ?? [];
  const restructure = (next: Criterion[], label: typeof inspectorTexts.criterionAdded) =>
    studio.store.execute(restructureNode, { id: node.id, changes: { criteria: next }, label });
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
  const add = () => {
    const taken = new Set(criteria.map((c) => c.id));
    const id = newId('criterium', taken);
    restructure(
      [...criteria, { id, text: t(inspectorTexts.newCriterion) }],
      inspectorTexts.criterionAdded,
    );
  };
  return (
    <fieldset className="list-editor">
      <legend>{t(inspectorTexts.criteria)}</legend>
      <ol>
        {criteria.map((c, i) => {
          const what = t(inspectorTexts.criterion, { n: i + 1 });
          const at = `${base}/criteria/${i}`;
          return (
            <li key={i}>
              <p className="list-row-title">{what}</p>
              <Field
                label={t(inspectorTexts.criterionText)}
                value={c.text}
                problems={problemsUnder(problems, `${at}/text`)}
                onChange={(text) => edit(i, { text })}
              />
              <Field
                label={t(inspectorTexts.criterionHint)}
                value={c.hint ?? ''}
                multiline
                problems={problemsUnder(problems, `${at}/hint`)}
                onChange={(hint) => edit(i, { hint })}
              />
              <Field
                label={t(inspectorTexts.criterionId)}
                value={c.id}
                problems={problemsUnder(problems, `${at}/id`)}
                onChange={(id) => edit(i, { id })}
              />
              <RowControls
                what={what}
                index={i}
                count={criteria.length}
                onMove={(to) =>
                  restructure(moveItem(criteria, i, to), inspectorTexts.criterionMoved)
                }
                onRemove={() =>
                  restructure(
                    criteria.filter((_, j) => j !== i),
                    inspectorTexts.criterionRemoved,
                  )
                }
              />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add}>
        + {t(inspectorTexts.addCriterion)}
      </button>
    </fieldset>
  );
}
