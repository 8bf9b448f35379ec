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

export function useDocument(): DocumentState | null {
  const { store } = useStudio();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The open card; components that need it render only when a card is open. */
export function useCard(): Card | null {
  return useDocument()?.card ?? null;
}
