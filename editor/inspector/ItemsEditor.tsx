// The bullet points of a node (conversation prompts, a note's list). Typing in
// one point is one undo step per burst (updateNode coalesces).
import type { Problem } from '../../schema/problems';
import type { FlowNode } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { problemsUnder } from '../problems/card-problems';
import { updateNode } from '../state/commands/flow-commands';
import { longText } from '../directory/field-rules';
import { Field } from './fields';
import { inspectorTexts as texts } from './inspector-texts';
import { NodeListEditor } from './list-controls';

export function ItemsEditor(props: { node: FlowNode; base: string; problems: readonly Problem[] }) {
  const { node, base, problems } = props;
  const studio = useStudio();
  const items = node.items ?? [];
  return (
    <NodeListEditor
      node={node}
      field="items"
      legend={texts.items}
      add={texts.addItem}
      rowName={texts.item}
      steps={{ added: texts.itemAdded, removed: texts.itemRemoved, moved: texts.itemMoved }}
      newItem={() => ''}
      row={(item, i, what) => (
        <Field
          label={what}
          value={item}
          rule={longText}
          multiline
          problems={problemsUnder(problems, `${base}/items/${i}`)}
          onCommit={(value = '') =>
            studio.store.execute(updateNode, {
              id: node.id,
              changes: { items: items.map((old, j) => (j === i ? value : old)) },
            })
          }
        />
      )}
    />
  );
}
