// Move up, move down and remove for one row of an editable list (items,
// criteria): shared so both lists work and sound the same.
import { useT } from '../i18n/i18n';
import { inspectorTexts } from './inspector-texts';

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function RowControls({
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
  return (
    <div className="row-controls">
      <button
        type="button"
        className="icon"
        disabled={index === 0}
        aria-label={t(inspectorTexts.moveUp, { what })}
        title={t(inspectorTexts.moveUp, { what })}
        onClick={() => onMove(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        disabled={index === count - 1}
        aria-label={t(inspectorTexts.moveDown, { what })}
        title={t(inspectorTexts.moveDown, { what })}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon danger-icon"
        aria-label={t(inspectorTexts.remove, { what })}
        title={t(inspectorTexts.remove, { what })}
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}
