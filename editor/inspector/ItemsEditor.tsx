// The bullet points of a node (conversation prompts, a note's list): edit,
// add, remove, reorder. Typing in one point is one undo step per burst; adding,
// removing and moving are steps of their own.
import { useStudio } from '../app/studio-context';
import type { Problem } from '../../schema/problems';
import type { FlowNode } from '../../schema/types';
import { useT } from '../i18n/i18n';
import { restructureNode } from '../state/commands/canvas-commands';
import { updateNode } from '../state/commands/flow-commands';
import { problemsUnder } from '../problems/card-problems';
import { Field } from './fields';
import { inspectorTexts } from './inspector-texts';
import { moveItem, RowControls } from './list-controls';

export function ItemsEditor({
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
  const items = node.items ?? [];
  const restructure = (next: string[], label: typeof inspectorTexts.itemAdded) =>
    studio.store.execute(restructureNode, { id: node.id, changes: { items: next }, label });
  return (
    <fieldset className="list-editor">
      <legend>{t(inspectorTexts.items)}</legend>
      <ol>
        {items.map((item, i) => {
          const what = t(inspectorTexts.item, { n: i + 1 });
          return (
            <li key={i}>
              <Field
                label={what}
                value={item}
                multiline
                problems={problemsUnder(problems, `${base}/items/${i}`)}
                onChange={(value) =>
                  studio.store.execute(updateNode, {
                    id: node.id,
                    changes: { items: items.map((old, j) => (j === i ? value : old)) },
                  })
                }
              />
              <RowControls
                what={what}
                index={i}
                count={items.length}
                onMove={(to) => restructure(moveItem(items, i, to), inspectorTexts.itemMoved)}
                onRemove={() =>
                  restructure(
                    items.filter((_, j) => j !== i),
                    inspectorTexts.itemRemoved,
                  )
                }
              />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => restructure([...items, ''], inspectorTexts.itemAdded)}>
        + {t(inspectorTexts.addItem)}
      </button>
    </fieldset>
  );
}
