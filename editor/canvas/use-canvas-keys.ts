// The canvas's keyboard: shortcuts in the one registry (so the "?" overview
// lists them), active while the focus is on the canvas or nowhere in
// particular, and the browser's own copy, cut and paste events for the
// clipboard (reading the clipboard that way needs no permission prompt).
import { useEffect } from 'react';
import { NODE_KINDS } from '../../schema/types';
import { registerShortcuts, type Shortcut } from '../app/shortcuts';
import type { Studio } from '../app/studio';
import { KIND_NAMES } from '../state/commands/flow-commands';
import {
  GRID,
  addNodeOfKind,
  copySelection,
  deleteSelection,
  duplicateSelection,
  layoutNodes,
  nudgeSelection,
  pasteText,
  selectAll,
  type ViewportCentre,
} from './canvas-actions';
import { canvasTexts } from './canvas-texts';

const CANVAS_SELECTOR = '.flow-canvas';

/** The canvas takes keys when it has the focus, or when nothing has. */
function canvasActive(): boolean {
  const el = document.activeElement;
  if (!document.querySelector(CANVAS_SELECTOR)) return false;
  return !el || el === document.body || el.closest(CANVAS_SELECTOR) !== null;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The node that has the keyboard focus on the canvas, if any. */
function focusedNodeId(): string | null {
  const el = document.activeElement;
  return el instanceof HTMLElement && el.classList.contains('react-flow__node')
    ? (el.dataset.id ?? null)
    : null;
}

/** Moves the focus to the inspector's first field, its text selected (like renaming a file). */
function focusInspector(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(
      '#inspector input, #inspector textarea, #inspector select',
    );
    field?.focus();
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
  });
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};
const NUDGE_LABELS = {
  ArrowUp: canvasTexts.nudgeUp,
  ArrowDown: canvasTexts.nudgeDown,
  ArrowLeft: canvasTexts.nudgeLeft,
  ArrowRight: canvasTexts.nudgeRight,
};

/** One grid step, five with Shift. */
export function nudgeByKey(studio: Studio, event: KeyboardEvent | React.KeyboardEvent): boolean {
  const arrow = ARROWS[event.key];
  if (!arrow || studio.selection.get().nodeIds.length === 0) return false;
  const step = GRID * (event.shiftKey ? 5 : 1);
  nudgeSelection(studio, arrow[0] * step, arrow[1] * step);
  return true;
}

export function useCanvasKeys(studio: Studio, centre: ViewportCentre, fitView: () => void): void {
  useEffect(() => {
    const group = canvasTexts.group;
    const when = canvasActive;
    const list: Shortcut[] = [
      ...NODE_KINDS.map((kind, i): Shortcut => ({
        id: `canvas.add.${kind}`,
        keys: [String(i + 1)],
        label: {
          nl: `${KIND_NAMES[kind].nl} toevoegen`,
          en: `Add ${KIND_NAMES[kind].en.toLowerCase()}`,
        },
        group,
        when,
        run: () => {
          const id = addNodeOfKind(studio, kind, centre);
          if (id) focusNodeSoon(id);
        },
      })),
      {
        id: 'canvas.edit',
        keys: ['Enter'],
        label: canvasTexts.focusInspector,
        group,
        when: () => focusedNodeId() !== null,
        run: () => {
          const id = focusedNodeId();
          if (id) studio.selection.select({ nodeIds: [id] });
          focusInspector();
        },
      },
      {
        id: 'canvas.delete',
        keys: ['Delete', 'Backspace'],
        label: canvasTexts.delete,
        group,
        when,
        run: () => deleteSelection(studio),
      },
      {
        id: 'canvas.duplicate',
        keys: ['Mod+D'],
        label: canvasTexts.duplicate,
        group,
        when,
        run: () => duplicateSelection(studio),
      },
      {
        id: 'canvas.selectAll',
        keys: ['Mod+A'],
        label: canvasTexts.selectAll,
        group,
        when,
        run: () => selectAll(studio),
      },
      {
        id: 'canvas.clear',
        keys: ['Escape'],
        label: canvasTexts.clear,
        group,
        when,
        run: () => studio.selection.clear(),
      },
      // The browser's clipboard events below do the work; these are listed for the overview only.
      {
        id: 'canvas.copy',
        keys: ['Mod+C'],
        label: canvasTexts.copy,
        group,
        when: () => false,
        run: () => {},
      },
      {
        id: 'canvas.cut',
        keys: ['Mod+X'],
        label: canvasTexts.cut,
        group,
        when: () => false,
        run: () => {},
      },
      {
        id: 'canvas.paste',
        keys: ['Mod+V'],
        label: canvasTexts.paste,
        group,
        when: () => false,
        run: () => {},
      },
      ...Object.entries(NUDGE_LABELS).map(([key, label]): Shortcut => ({
        id: `canvas.nudge.${key}`,
        keys: [key, `Shift+${key}`],
        label,
        group,
        when,
        run: (event) => nudgeByKey(studio, event),
      })),
      {
        id: 'canvas.layout',
        keys: ['Mod+Shift+L'],
        label: canvasTexts.layout,
        group,
        when,
        run: () => layoutNodes(studio),
      },
      { id: 'canvas.fit', keys: ['F'], label: canvasTexts.fit, group, when, run: fitView },
    ];
    const unregister = registerShortcuts(list);

    const active = (event: Event) => canvasActive() && !isTyping(event.target);
    // Without a text selection the browser only offers copy and paste when a page claims them.
    const claim = (event: Event) => {
      if (
        active(event) &&
        (event.type === 'beforepaste' || studio.selection.get().nodeIds.length > 0)
      )
        event.preventDefault();
    };
    const onCopy = (event: ClipboardEvent) => {
      if (!active(event)) return;
      const text = copySelection(studio);
      if (text === null || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      if (event.type === 'cut') deleteSelection(studio);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!active(event) || !event.clipboardData) return;
      event.preventDefault();
      pasteText(studio, event.clipboardData.getData('text/plain'), centre);
    };
    const events: [string, EventListener][] = [
      ['beforecopy', claim],
      ['beforecut', claim],
      ['beforepaste', claim],
      ['copy', onCopy as EventListener],
      ['cut', onCopy as EventListener],
      ['paste', onPaste as EventListener],
    ];
    for (const [type, listener] of events) document.addEventListener(type, listener);
    return () => {
      unregister();
      for (const [type, listener] of events) document.removeEventListener(type, listener);
    };
  }, [studio, centre, fitView]);
}

/** Gives a node the keyboard focus once it is on the canvas (after adding or pasting). */
export function focusNodeSoon(id: string, tries = 30): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(id)}"]`,
    );
    // A node off screen is not rendered yet with onlyRenderVisibleElements: wait for the pan.
    if (el) el.focus({ preventScroll: true });
    else if (tries > 0) focusNodeSoon(id, tries - 1);
  });
}
