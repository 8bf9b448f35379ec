// Moving entries and sections: by dragging (native drag and drop) and by the
// keyboard (Alt+Up/Down on the item, registered as studio shortcuts so the
// overview lists them, or its move buttons). Both end in the
// same move command; the keyboard way is there for everyone who cannot drag.
import { useEffect, useState, type DragEvent } from 'react';
import { registerShortcuts } from '../app/shortcuts';
import { msg } from '../i18n/i18n';

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

/** The move of each element that holds a movable item's controls (entry summary, section header). */
const movers = new WeakMap<Element, (delta: -1 | 1) => void>();

/** A ref that makes an element (marked data-reorder) the place where Alt+Up/Down moves its item. */
export function moverRef(move: ((delta: -1 | 1) => void) | null) {
  return (element: HTMLElement | null) => {
    if (element && move) movers.set(element, move);
    else if (element) movers.delete(element);
  };
}

/** The move of the item whose controls have the focus, if any. */
function focusedMover(): ((delta: -1 | 1) => void) | undefined {
  const holder = document.activeElement?.closest('[data-reorder]');
  return holder ? movers.get(holder) : undefined;
}

const texts = msg({
  group: { nl: 'Partnergids', en: 'Directory' },
  up: {
    nl: 'Partner of sectie met de focus een plaats omhoog',
    en: 'Move the focused partner or section up',
  },
  down: {
    nl: 'Partner of sectie met de focus een plaats omlaag',
    en: 'Move the focused partner or section down',
  },
});

/**
 * Alt+Up and Alt+Down while the directory is shown and the focus is on an entry or a
 * section heading (elsewhere the keys go on to the page); listed in the shortcut overview.
 */
export function useReorderShortcuts(): void {
  useEffect(
    () =>
      registerShortcuts([
        {
          id: 'directory.moveUp',
          keys: ['Alt+ArrowUp'],
          label: texts.up,
          group: texts.group,
          when: () => focusedMover() !== undefined,
          run: () => focusedMover()?.(-1),
        },
        {
          id: 'directory.moveDown',
          keys: ['Alt+ArrowDown'],
          label: texts.down,
          group: texts.group,
          when: () => focusedMover() !== undefined,
          run: () => focusedMover()?.(1),
        },
      ]),
    [],
  );
}

/** A move by `delta` places from `index` in a list of `count`, when it stays inside the list. */
export const stepMove =
  (index: number, count: number, move: (to: number) => void) =>
  (delta: -1 | 1): void => {
    const to = index + delta;
    if (to >= 0 && to < count) move(to);
  };

/** Puts the focus back on an element after React moved it (a move loses the focus). */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
