// The shapes of a base update: the conflicts a person settles and the result
// of merging. See merge-base-update.ts for the rules.
import type { Change } from '../diff/types';
import type { LocalizedText } from '../problems';
import type { Card } from '../types';

/** Who wins a conflict: the regional card (the default) or the new base card. */
export type MergeSide = 'regional' | 'newBase';

/** The user's choice per conflict id; a conflict without a choice keeps the region's version. */
export type ConflictChoices = Readonly<Record<string, MergeSide>>;

export type ConflictKind =
  /** Both sides changed the same field of the same item, differently. */
  | 'both-changed'
  /** The new base removed an item the region changed. */
  | 'deleted-in-base'
  /** The region removed an item the new base changed. */
  | 'deleted-in-region'
  /**
   * One side removed an item the other still needs: a node an arrow leads to, a role a
   * step names or a partner fills. `deletedBy` says which side removed it.
   */
  | 'still-used';

export type MergeEntity = 'node' | 'edge' | 'role' | 'flow';

export interface MergeConflict {
  /** Stable within a merge: "node:s3-stap-2:text", "edge:e1", "role:vk:still-used". */
  id: string;
  kind: ConflictKind;
  entity: MergeEntity;
  /** The node, edge or role id; "flow" for the flow's own fields. */
  entityId: string;
  /** For both-changed: the field ("text", "position", ...). */
  field?: string;
  /** The value (field or whole item) when the region took the base; undefined: absent. */
  ancestor?: unknown;
  /** The region's value; undefined when the region removed it. */
  regional?: unknown;
  /** The new base's value; undefined when the base removed it. */
  newBase?: unknown;
  /** For still-used: which side removed the item. */
  deletedBy?: MergeSide;
  /** For still-used: the ids of what needs it (edges for a node; nodes and partners for a role). */
  usedBy?: string[];
  /** The side the result's card follows for this conflict. */
  chosen: MergeSide;
  /** What the conflict is about, in a sentence. */
  message: LocalizedText;
  /** What choosing each side does, for the two buttons. */
  options: Record<MergeSide, LocalizedText>;
}

export interface MergeResult {
  /** The merged card, with every conflict settled as its `chosen` side. */
  card: Card;
  /** What the update changes in the regional card (diffCards(regional, card)). */
  changes: Change[];
  conflicts: MergeConflict[];
  /** The inputs, kept so resolveConflicts can merge again with the user's choices. */
  regional: Card;
  newBase: Card;
  newBaseHash: string;
  takenAt: string;
}
