// Comparing two versions of a card: see diff-cards.ts.
export { diffCards, diffFlowAndRoles } from './diff-cards';
export { summarizeDiff } from './summary';
export { partnerName } from './partner-fields';
export type { FlowPart } from './flow-sides';
export {
  isLayoutChange,
  LAYOUT_CHANGE_KINDS,
  type Change,
  type ChangeArea,
  type ChangeKind,
  type ItemKind,
} from './types';
