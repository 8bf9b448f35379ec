// What a difference between two cards looks like to the programs that show it
// (the studio's version comparison, the "what's new" screen before a base
// update, release notes): one Change per thing that changed, field by field.
import type { LocalizedText } from '../problems';
import type { NodeKind } from '../types';

/** The items compared list by list; each has an "-added", "-removed" and "-changed" kind. */
export type ItemKind =
  'node' | 'edge' | 'role' | 'region' | 'partner' | 'section' | 'entry' | 'resource';

/**
 * node-added, node-removed, node-changed and the same for edge, role, region, partner,
 * section, entry (a partner's listing in a section) and resource; card-changed; and the
 * layout kinds node-moved, node-resized, edge-rerouted; entries-reordered.
 */
export type ChangeKind =
  | `${ItemKind}-${'added' | 'removed' | 'changed'}`
  | 'card-changed'
  | 'node-moved'
  | 'node-resized'
  | 'edge-rerouted'
  | 'entries-reordered';

/** The part of the card a change is in, for grouping and filtering. */
export type ChangeArea = 'card' | 'flow' | 'roles' | 'regions' | 'directory' | 'resources';

export interface Change {
  /** Stable, for programs: what happened to what. */
  kind: ChangeKind;
  area: ChangeArea;
  /**
   * The ids concerned: [nodeId], [edgeId], [roleId], [regionId], [partnerId],
   * [sectionId], [sectionId, partnerId] for an entry, [resourceId]; [] for the card.
   */
  ids: string[];
  /**
   * For *-changed kinds: the field, as in the card ("text", "phones", "title"), or
   * "ends" for an edge's source and target together; dotted for nested card
   * fields ("flow.title", "directory.title").
   */
  field?: string;
  /** The value in the older card (the whole item for a removal); absent when there was none. */
  before?: unknown;
  /** The value in the newer card (the whole item for an addition); absent when there is none. */
  after?: unknown;
  /**
   * JSON pointer into the newer card: to the field that changed, or to the item added.
   * For a removal: to the containing object in the newer card (the section of a removed
   * entry, the node list for a removed node).
   */
  pointer: string;
  /**
   * Only the drawing changed: a node moved or resized, an arrow attached to another side
   * of a box. Summaries count these ("3 knopen verplaatst") instead of listing them.
   */
  layout: boolean;
  /** For node changes: the node's kind, so a summary can say "stap" rather than "knoop". */
  nodeKind?: NodeKind;
  /** What changed, as a sentence in Dutch and English. */
  message: LocalizedText;
}

export const isLayoutChange = (change: Change): boolean => change.layout;
