// Moving entries and sections: by dragging (native drag and drop) and by the
// keyboard (Alt+Up/Down on the item, or its move buttons). Both end in the
// same move command; the keyboard way is there for everyone who cannot drag.
import { useState, type DragEvent, type KeyboardEvent } from 'react';

export type ReorderKind = 'entry' | 'section';

/** What is being dragged: kind, the list it is in (a section id for entries), id and place. */
interface Dragged {
  kind: ReorderKind;
  list: string;
  id: string;
  index: number;
}
let dragging: Dragged | null = null;

/** Props for the element one grabs to drag an item. */
export function dragSourceProps(item: Dragged, enabled: boolean) {
  return {
    draggable: enabled,
    onDragStart: (e: DragEvent) => {
      e.stopPropagation();
      dragging = item;
      e.dataTransfer.effectAllowed = 'move';
      // Firefox starts a drag only with some data; a type of our own keeps file drops apart.
      e.dataTransfer.setData('application/x-kindreflex-reorder', item.kind);
    },
    onDragEnd: () => {
      dragging = null;
    },
  };
}

/** Where an item dropped on `index` (upper or lower half) lands, once it has left its place. */
export function dropIndex(from: number, index: number, after: boolean): number {
  const target = after ? index + 1 : index;
  return from < target ? target - 1 : target;
}

/**
 * Makes an item a drop target for items of the same kind and list; shows where the
 * dragged item would land and hands its id and new place to `onMove`.
 */
export function useDropTarget(
  kind: ReorderKind,
  list: string,
  index: number,
  onMove: (id: string, to: number) => void,
) {
  const [side, setSide] = useState<'before' | 'after' | null>(null);
  const accepts = () => dragging?.kind === kind && dragging.list === list;
  const sideOf = (e: DragEvent<HTMLElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return e.clientY > box.top + box.height / 2 ? 'after' : 'before';
  };
  return {
    side,
    props: {
      onDragOver: (e: DragEvent<HTMLElement>) => {
        if (!accepts()) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer.dropEffect = 'move';
        setSide(sideOf(e));
      },
      onDragLeave: () => setSide(null),
      onDrop: (e: DragEvent<HTMLElement>) => {
        setSide(null);
        const dragged = dragging;
        if (!accepts() || !dragged) return;
        e.preventDefault();
        e.stopPropagation();
        dragging = null;
        onMove(dragged.id, dropIndex(dragged.index, index, sideOf(e) === 'after'));
      },
    },
  };
}

/** Alt+Up and Alt+Down move the item with the focus one place. */
export function reorderKeyDown(
  e: KeyboardEvent,
  index: number,
  count: number,
  move: (to: number) => void,
): void {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const delta = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
  if (delta === 0) return;
  e.preventDefault();
  e.stopPropagation();
  const to = index + delta;
  if (to >= 0 && to < count) move(to);
}

/** Puts the focus back on an element after React moved it (a move loses the focus). */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
