// What each arrow of the live canvas draws (its card edge and stored route),
// kept beside React Flow's edges rather than in them. An edit that only
// re-routes arrows (a move, its undo) then changes no edge React Flow holds: it
// neither rebuilds its connection lookup nor runs every edge's selector (a
// second update of its store, besides the nodes'); the arrows re-routed draw
// again through their own subscription here.
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { CanvasEdgeData } from './flow-elements';

export class EdgeViews {
  private readonly views = new Map<string, CanvasEdgeData>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly changed = new Set<string>();

  /** Records an arrow's view; returns the one kept (the last one when it draws the same). */
  set(id: string, view: CanvasEdgeData): CanvasEdgeData {
    const known = this.views.get(id);
    if (known && known.edge === view.edge && known.route === view.route) return known;
    this.views.set(id, view);
    this.changed.add(id);
    return view;
  }

  get(id: string): CanvasEdgeData | undefined {
    return this.views.get(id);
  }

  /** Forgets the arrows no longer on the card. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.views.keys()) if (!ids.has(id)) this.views.delete(id);
  }

  /** Tells the arrows whose view changed: once React has committed the render that changed it. */
  flush(): void {
    if (this.changed.size === 0) return;
    const ids = [...this.changed];
    this.changed.clear();
    for (const id of ids) for (const listener of this.listeners.get(id) ?? []) listener();
  }

  subscribe(id: string, listener: () => void): () => void {
    const set = this.listeners.get(id) ?? new Set();
    this.listeners.set(id, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }
}

/** The live canvas's arrows; none on a canvas that does not follow edits (compare). */
export const EdgeViewsContext = createContext<EdgeViews | null>(null);

const NO_SUBSCRIPTION = () => () => {};

/** An arrow's view: the live one where there is one, what its edge carries otherwise. */
export function useEdgeView(
  id: string,
  carried: CanvasEdgeData | undefined,
): CanvasEdgeData | undefined {
  const views = useContext(EdgeViewsContext);
  const subscribe = useCallback(
    (listener: () => void) => views?.subscribe(id, listener) ?? (() => {}),
    [views, id],
  );
  const live = useSyncExternalStore(views ? subscribe : NO_SUBSCRIPTION, () => views?.get(id));
  return live ?? carried;
}
