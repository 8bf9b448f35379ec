// An editable list of a node (its bullet points, an assessment's criteria):
// rows with move up, move down and remove, and an add button. Adding, removing
// and moving are undo steps of their own; typing inside a row is the caller's.
import type { ReactNode } from 'react';
import type { LocalizedText } from '../../schema/problems';
import type { FlowNode } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { restructureNode } from '../state/commands/canvas-commands';
import { inspectorTexts } from './inspector-texts';

function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

function RowControls({
  what,
  index,
  count,
  onMove,
  onRemove,
}: {
  /** "Punt 2": what the buttons act on, for their accessible names. */
  what: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const button = (
    label: string,
    text: string,
    disabled: boolean,
    run: () => void,
    danger = false,
  ) => (
    <button
      type="button"
      className={danger ? 'icon danger-icon' : 'icon'}
      disabled={disabled}
      aria-label={label}
      title={label}
      onClick={run}
    >
      {text}
    </button>
  );
  return (
    <div className="row-controls">
      {button(t(inspectorTexts.moveUp, { what }), '↑', index === 0, () => onMove(index - 1))}
      {button(t(inspectorTexts.moveDown, { what }), '↓', index === count - 1, () =>
        onMove(index + 1),
      )}
      {button(t(inspectorTexts.remove, { what }), '✕', false, onRemove, true)}
    </div>
  );
}

type ListField = 'items' | 'criteria';
export type ListElement<K extends ListField> = NonNullable<FlowNode[K]>[number];

interface NodeListProps<K extends ListField> {
  node: FlowNode;
  field: K;
  legend: LocalizedText;
  add: LocalizedText;
  /** The undo labels of the three structural changes. */
  steps: { added: LocalizedText; removed: LocalizedText; moved: LocalizedText };
  /** "Punt {n}" */
  rowName: LocalizedText;
  newItem: (list: readonly ListElement<K>[]) => ListElement<K>;
  row: (item: ListElement<K>, index: number, what: string) => ReactNode;
}

export function NodeListEditor<K extends ListField>(props: NodeListProps<K>) {
  const { node, field, steps } = props;
  const studio = useStudio();
  const t = useT();
  const list = (node[field] ?? []) as ListElement<K>[];
  const restructure = (next: ListElement<K>[], label: LocalizedText) => {
    const changes: Partial<FlowNode> = { [field]: next };
    studio.store.execute(restructureNode, { id: node.id, changes, label });
  };
  return (
    <fieldset className="list-editor">
      <legend>{t(props.legend)}</legend>
      <ol>
        {list.map((item, i) => {
          const what = t(props.rowName, { n: i + 1 });
          return (
            <li key={i}>
              {props.row(item, i, what)}
              <RowControls
                what={what}
                index={i}
                count={list.length}
                onMove={(to) => restructure(moveItem(list, i, to), steps.moved)}
                onRemove={() =>
                  restructure(
                    list.filter((_, j) => j !== i),
                    steps.removed,
                  )
                }
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => restructure([...list, props.newItem(list)], steps.added)}
      >
        + {t(props.add)}
      </button>
    </fieldset>
  );
}
