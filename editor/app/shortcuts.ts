// Keyboard shortcuts: one registry, so the shortcut overview always lists what
// really works. Panels register their own while they are shown.
import type { LocalizedText } from '../../schema/problems';
import { Observable } from '../state/observable';

export interface Shortcut {
  id: string;
  /** "Mod+Shift+Z": Mod is Ctrl, or Cmd on macOS. Several alternatives as an array. */
  keys: string[];
  label: LocalizedText;
  group: LocalizedText;
  run: (event: KeyboardEvent) => void;
  /** Also while typing in a field (undo and redo are; single letters are not). */
  inFields?: boolean;
  /** Only when this holds (focus on the canvas, say); otherwise the key goes on to the page. */
  when?: () => boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export const shortcuts = new Observable<Shortcut[]>([]);

export function registerShortcuts(list: Shortcut[]): () => void {
  shortcuts.update((all) => [...all.filter((s) => !list.some((n) => n.id === s.id)), ...list]);
  return () => shortcuts.update((all) => all.filter((s) => !list.includes(s)));
}

function matchesKeys(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+');
  const key = parts.pop()!;
  const mods = new Set(parts);
  if (mods.has('Mod') !== (isMac ? event.metaKey : event.ctrlKey)) return false;
  if (mods.has('Alt') !== event.altKey) return false;
  // For "?" the Shift key is how it is typed, not a modifier of its own.
  if (key !== '?' && mods.has('Shift') !== event.shiftKey) return false;
  // event.code as well: with Alt on macOS, "Alt+1" types "¡".
  return (
    event.key.toLowerCase() === key.toLowerCase() ||
    event.code === `Key${key.toUpperCase()}` ||
    event.code === `Digit${key}`
  );
}

export function keyLabel(keys: string): string {
  return keys
    .split('+')
    .map((k) =>
      k === 'Mod'
        ? isMac
          ? '⌘'
          : 'Ctrl'
        : k === 'Shift'
          ? isMac
            ? '⇧'
            : 'Shift'
          : k === 'Alt'
            ? isMac
              ? '⌥'
              : 'Alt'
            : k,
    )
    .join(isMac ? '' : '+');
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The one keydown listener of the studio. */
export function handleShortcutKey(event: KeyboardEvent): void {
  if (
    event.defaultPrevented ||
    (event.target instanceof HTMLElement && event.target.closest('dialog[open]'))
  )
    return;
  const typing = isTypingTarget(event.target);
  for (const shortcut of shortcuts.get()) {
    if (typing && !shortcut.inFields) continue;
    if (shortcut.when && !shortcut.when()) continue;
    if (shortcut.keys.some((k) => matchesKeys(event, k))) {
      event.preventDefault();
      shortcut.run(event);
      return;
    }
  }
}
