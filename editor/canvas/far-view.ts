// Level of detail: zoomed out below FAR_ZOOM, text on the canvas is a few pixels
// high and cannot be read, so nodes draw their lines as grey bars (one element,
// not one per line) and arrows leave out their labels; nodes leave out their
// handles too (2 px: too small to start an arrow from; React Flow places the
// arrows by the handles the nodes declare, and reads them from the page only for a
// node whose size differs from its declared one). Opening the 1,000-node card in
// overview then mounts far fewer elements, and a change or a drag re-renders
// less. Names stay: each node and arrow keeps its aria-label. Arrows leave out
// the grips at their ends (useArrowEndsOnlyNear) and their wide hit lines too.
import { createContext, useContext, useLayoutEffect } from 'react';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';

export const FAR_ZOOM = 0.3;

/** Whether the canvas is zoomed out too far to read; provided once by the canvas. */
export const FarContext = createContext(false);

export const useFar = (): boolean => useContext(FarContext);

const isFar = (s: ReactFlowState): boolean => s.transform[2] < FAR_ZOOM;

/** For the canvas: changes only when the zoom crosses FAR_ZOOM, not at every step. */
export const useFarZoom = (): boolean => useStore(isFar);

/**
 * The grips at each arrow's ends (dragged to reconnect it: two circles per
 * arrow, a third of an arrow's elements) only while zoomed in enough to grab
 * them; below FAR_ZOOM they are 3 px across. Set in React Flow's store by the
 * same update that changes the zoom, so the arrows that update draws (the
 * overview of a large card: 541) are drawn without them once; as a prop it
 * would arrive a render later and every arrow would be drawn twice.
 */
export function useArrowEndsOnlyNear(): void {
  const store = useStoreApi();
  useLayoutEffect(() => {
    const follow = (s: ReactFlowState) => {
      const near = !isFar(s);
      if (s.edgesReconnectable !== near) store.setState({ edgesReconnectable: near });
    };
    follow(store.getState());
    return store.subscribe(follow);
  }, [store]);
}
