// What is selected: nodes and edges on the canvas, or one directory entry.
// Selection is not part of the card and never an undo step.
import { Observable } from './observable';

export interface Selection {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  /** A partner in the directory, when the directory is being edited. */
  partnerId?: string;
}

const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };

export class SelectionStore extends Observable<Selection> {
  constructor() {
    super(EMPTY_SELECTION);
  }

  select(selection: Partial<Selection>): void {
    this.set({ ...EMPTY_SELECTION, ...selection });
  }

  clear(): void {
    this.set(EMPTY_SELECTION);
  }
}
