// Comparing two versions of a card: see diff-cards.ts.
export { diffCards } from './diff-cards';
export { summarizeDiff } from './summary';
export type { FlowPart } from './flow-sides';
export {
  isLayoutChange,
  type Change,
  type ChangeArea,
  type ChangeKind,
  type ItemKind,
} from './types';
