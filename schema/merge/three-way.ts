// The three-way merge of lists of items with ids (nodes, edges, roles), field
// by field, against the ancestor (the base as the region took it):
//
//   regional = ancestor          -> the new base's value
//   new base = ancestor          -> the region's value
//   regional = new base          -> that value
//   all three differ             -> a conflict; the chosen side wins (the region by default),
//                                   except for layout fields, where the region's own move wins
//
// An item removed on one side is removed when the other side left its content
// as it was (moving a box does not count), else it is a conflict.
import { jsonEqual } from '../json-equal';
import type { ConflictChoices, MergeConflict, MergeEntity, MergeSide } from './types';

/** A conflict before it gets its sentences. */
export type RawConflict = Omit<MergeConflict, 'message' | 'options'>;

export interface MergeOptions {
  entity: MergeEntity;
  /** Fields that only change the drawing: never a conflict, the region's move wins. */
  layoutFields: ReadonlySet<string>;
  choices: ConflictChoices;
}

const chosenSide = (choices: ConflictChoices, id: string): MergeSide => choices[id] ?? 'regional';

type Fields = Record<string, unknown>;

function withoutLayout(item: object, layoutFields: ReadonlySet<string>): Fields {
  const rest: Fields = {};
  for (const [k, v] of Object.entries(item)) if (!layoutFields.has(k)) rest[k] = v;
  return rest;
}

/** Same content, whatever the layout. */
function sameContent(a: object, b: object, layoutFields: ReadonlySet<string>): boolean {
  return jsonEqual(withoutLayout(a, layoutFields), withoutLayout(b, layoutFields));
}

/** Merges the fields of one item present on both sides; `ancestor` undefined: both added it. */
export function mergeFields<T extends object>(
  ancestor: T | undefined,
  regional: T,
  newBase: T,
  entityId: string,
  options: MergeOptions,
): { merged: T; conflicts: RawConflict[] } {
  const a = (ancestor ?? {}) as Fields;
  const l = regional as Fields;
  const r = newBase as Fields;
  const merged: Fields = {};
  const conflicts: RawConflict[] = [];
  // The new base's key order first: an item the region did not touch comes out as the base has it.
  for (const field of new Set([...Object.keys(r), ...Object.keys(l)])) {
    const [av, lv, rv] = [a[field], l[field], r[field]];
    let value: unknown;
    // Equal on both sides, or changed by the region only: the region's value.
    if (jsonEqual(lv, rv) || jsonEqual(rv, av)) value = lv;
    // Changed by the base only: the base's value.
    else if (jsonEqual(lv, av)) value = rv;
    // Both moved or resized it: the region placed it itself, so its layout wins.
    else if (options.layoutFields.has(field)) value = lv;
    else {
      const id = `${options.entity}:${entityId}:${field}`;
      const chosen = chosenSide(options.choices, id);
      value = chosen === 'newBase' ? rv : lv;
      conflicts.push({
        id,
        kind: 'both-changed',
        entity: options.entity,
        entityId,
        field,
        ancestor: av,
        regional: lv,
        newBase: rv,
        chosen,
      });
    }
    if (value !== undefined) merged[field] = value;
  }
  return { merged: merged as T, conflicts };
}

export interface ItemOutcome<T> {
  /** The merged item; undefined when it is gone. */
  value: T | undefined;
  /** Removed by this side (kept anyway when `value` is set: a conflict settled the other way). */
  removedBy?: MergeSide;
  /** Removed by this side while the other left its content as it was. */
  silentlyDeletedBy?: MergeSide;
  /** For a silent removal: the version the other side still has, to restore if needed. */
  otherVersion?: T;
  conflicts: RawConflict[];
}

function removal<T>(
  id: string,
  ancestor: T,
  kept: T,
  deletedBy: MergeSide,
  options: MergeOptions,
): ItemOutcome<T> {
  if (sameContent(ancestor as object, kept as object, options.layoutFields))
    return {
      value: undefined,
      removedBy: deletedBy,
      silentlyDeletedBy: deletedBy,
      otherVersion: kept,
      conflicts: [],
    };
  const conflictId = `${options.entity}:${id}`;
  const chosen = chosenSide(options.choices, conflictId);
  const regionalKept = deletedBy === 'newBase';
  return {
    value: (chosen === 'regional') === regionalKept ? kept : undefined,
    removedBy: deletedBy,
    conflicts: [
      {
        id: conflictId,
        kind: regionalKept ? 'deleted-in-base' : 'deleted-in-region',
        entity: options.entity,
        entityId: id,
        ancestor,
        regional: regionalKept ? kept : undefined,
        newBase: regionalKept ? undefined : kept,
        chosen,
      },
    ],
  };
}

/** The outcome for every id found on any side. */
export function mergeKeyedList<T extends { id: string }>(
  ancestor: readonly T[],
  regional: readonly T[],
  newBase: readonly T[],
  options: MergeOptions,
): Map<string, ItemOutcome<T>> {
  const byId = (list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const [a, l, r] = [byId(ancestor), byId(regional), byId(newBase)];
  const outcomes = new Map<string, ItemOutcome<T>>();
  for (const id of new Set([...r.keys(), ...l.keys(), ...a.keys()])) {
    const [av, lv, rv] = [a.get(id), l.get(id), r.get(id)];
    if (lv && rv) {
      const { merged, conflicts } = mergeFields(av, lv, rv, id, options);
      outcomes.set(id, { value: merged, conflicts });
    } else if (lv) {
      outcomes.set(id, av ? removal(id, av, lv, 'newBase', options) : { value: lv, conflicts: [] });
    } else if (rv) {
      outcomes.set(
        id,
        av ? removal(id, av, rv, 'regional', options) : { value: rv, conflicts: [] },
      );
    } else outcomes.set(id, { value: undefined, conflicts: [] });
  }
  return outcomes;
}

/**
 * The order of the merged list: the new base's order, with the items only the region
 * has placed after the item that precedes them in the regional list.
 */
export function mergedOrder(
  regionalIds: readonly string[],
  newBaseIds: readonly string[],
  kept: (id: string) => boolean,
): string[] {
  const order = newBaseIds.filter(kept);
  const placed = new Set(order);
  let previous: string | undefined;
  for (const id of regionalIds) {
    if (kept(id) && !placed.has(id)) {
      const at = previous === undefined ? 0 : order.indexOf(previous) + 1;
      order.splice(at, 0, id);
      placed.add(id);
    }
    if (placed.has(id)) previous = id;
  }
  return order;
}
