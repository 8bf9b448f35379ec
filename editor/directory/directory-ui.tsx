// The directory editor's view state, shared by its parts: which entries are
// open, which partners the search lets through, whether moving is possible,
// and a polite live region for what a keyboard move did. None of it is part
// of the card or of the undo history.
import { createContext, useContext } from 'react';
import type { Studio } from '../app/studio';

export interface DirectoryUi {
  /** Open entries, by entryKey. */
  expanded: ReadonlySet<string>;
  setExpanded: (key: string, open: boolean) => void;
  /** The partners the search and filters let through; null when nothing filters. */
  shown: ReadonlySet<string> | null;
  /** Moving needs the whole list in view: off while searching or filtering. */
  reorderable: boolean;
  announce: (text: string) => void;
  /** "Today", for the stale badges. */
  now: Date;
}

export const DirectoryUiContext = createContext<DirectoryUi | null>(null);

export function useDirectoryUi(): DirectoryUi {
  const ui = useContext(DirectoryUiContext);
  if (!ui) throw new Error('useDirectoryUi outside the directory editor');
  return ui;
}

/** An entry is a partner in a section; partners in no section use UNLISTED. */
export const UNLISTED = '(niet-vermeld)';
export const entryKey = (sectionId: string, partnerId: string): string =>
  `${sectionId}/${partnerId}`;

/** CSS selector of an entry's row. */
export const entrySelector = (sectionId: string, partnerId: string): string =>
  `[data-entry="${CSS.escape(entryKey(sectionId, partnerId))}"]`;

/** Undoes the last step when it is this command, for the "Ongedaan maken" of a notice. */
export function undoIfLast(studio: Studio, commandId: string): void {
  const past = studio.store.getState()?.past;
  if (past?.[past.length - 1]?.commandId === commandId) studio.store.undo();
}
