// Shift, Ctrl or Cmd held while clicking adds to the selection. React Flow would
// learn that from key presses (`multiSelectionKeyCode`), updating its store on
// every press and release of those keys: Ctrl+Z alone cost two store updates,
// each running the selector of every node, arrow and handle (~13 ms at 1,000
// nodes). The pointer event says which keys are held when it matters; React
// Flow reads the flag from its store when it handles the click or the drag.
import { useCallback, type PointerEvent } from 'react';
import { useStoreApi } from '@xyflow/react';

export function useMultiSelectModifier(): (event: PointerEvent) => void {
  const store = useStoreApi();
  return useCallback(
    (event: PointerEvent) => {
      const active = event.shiftKey || event.ctrlKey || event.metaKey;
      if (store.getState().multiSelectionActive !== active)
        store.setState({ multiSelectionActive: active });
    },
    [store],
  );
}
