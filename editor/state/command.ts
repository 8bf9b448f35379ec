// Every edit of a card is a named command: a label the undo button can show,
// and an Immer recipe. The store runs it with produceWithPatches and keeps the
// inverse patches on the undo stack.
import type { Draft } from 'immer';
import type { LocalizedText } from '../../schema/problems';
import type { Card } from '../../schema/types';

export interface Command<A> {
  /** Stable name, for logs and tests: "flow.addNode". */
  id: string;
  /** What the undo button says: "Stap toegevoegd". */
  label: (args: A) => LocalizedText;
  /** Changes the draft; a recipe that changes nothing records no step. */
  run: (draft: Draft<Card>, args: A) => void;
  /**
   * Consecutive runs with the same key within a short time become one undo
   * step, so that typing a sentence is undone as a whole, not per letter.
   */
  coalesceKey?: (args: A) => string | undefined;
}

export function defineCommand<A>(command: Command<A>): Command<A> {
  return command;
}
