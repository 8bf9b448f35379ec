import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Card } from '../../schema/types';
import type { DocumentState } from '../state/document-store';
import type { Observable } from '../state/observable';
import type { Studio } from './studio';

export const StudioContext = createContext<Studio | null>(null);

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio outside <StudioContext>');
  return studio;
}

export function useObservable<T>(observable: Observable<T>): T {
  return useSyncExternalStore(observable.subscribe, observable.get);
}

/**
 * One value read from the document state: the component re-renders only when
 * that value changes (Object.is), not on every edit of the card. `select` must
 * return a primitive or an object it finds in the state, never a new one.
 */
export function useDocumentValue<T>(select: (state: DocumentState | null) => T): T {
  const { store } = useStudio();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/** The whole document state: for what shows the card itself, re-rendered on every change. */
export function useDocument(): DocumentState | null {
  const { store } = useStudio();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The open card; components that need it render only when a card is open. */
export function useCard(): Card | null {
  return useDocument()?.card ?? null;
}
