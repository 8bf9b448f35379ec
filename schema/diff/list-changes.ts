// One way to diff every list of items with ids (nodes, edges, roles, regions,
// partners, sections, resources): pair by id, then one change per item added
// or removed and one per field that differs. Each list says only how its
// changes read.
import { pointer } from '../pointer';
import type { LocalizedText } from '../problems';
import { changedFields, pairById } from './keyed';
import type { Change, ChangeArea, ItemKind } from './types';

export interface ListDiffSpec<T extends { id: string }> {
  area: ChangeArea;
  /** What the items are: gives the kinds item-added, item-removed, item-changed. */
  item: ItemKind;
  /** Where the list is in the card, for the pointers. */
  path: readonly (string | number)[];
  /** Known fields, in the order their changes are listed. */
  fieldOrder?: readonly string[];
  /** Fields not compared here: the id, and nested lists that get their own diff. */
  skip?: readonly string[];
  /** The fields that differ; by default every key whose value differs. */
  fieldsOf?: (before: T, after: T) => string[];
  /** The value of a field, for before/after; by default item[field]. */
  fieldValue?: (item: T, field: string) => unknown;
  added: (item: T) => LocalizedText;
  removed: (item: T) => LocalizedText;
  changed: (before: T, after: T, field: string) => LocalizedText;
  /** Adjusts a change: a layout kind, the node kind, a shorter pointer. */
  refine?: (change: Change, item: T) => Change;
}

export function diffList<T extends { id: string }>(
  older: readonly T[],
  newer: readonly T[],
  spec: ListDiffSpec<T>,
): Change[] {
  const pairing = pairById(older, newer);
  const refine = spec.refine ?? ((change: Change) => change);
  const skip = new Set(['id', ...(spec.skip ?? [])]);
  const fieldValue =
    spec.fieldValue ?? ((item: T, field: string) => (item as Record<string, unknown>)[field]);
  const fieldsOf =
    spec.fieldsOf ?? ((before: T, after: T) => changedFields(before, after, spec.fieldOrder));
  const base = { area: spec.area, layout: false };
  const changes: Change[] = [];
  for (const { item, index } of pairing.added)
    changes.push(
      refine(
        {
          ...base,
          kind: `${spec.item}-added`,
          ids: [item.id],
          after: item,
          pointer: pointer(...spec.path, index),
          message: spec.added(item),
        },
        item,
      ),
    );
  for (const { item } of pairing.removed)
    changes.push(
      refine(
        {
          ...base,
          kind: `${spec.item}-removed`,
          ids: [item.id],
          before: item,
          pointer: pointer(...spec.path),
          message: spec.removed(item),
        },
        item,
      ),
    );
  for (const { before, after, index } of pairing.common)
    for (const field of fieldsOf(before, after)) {
      if (skip.has(field)) continue;
      changes.push(
        refine(
          {
            ...base,
            kind: `${spec.item}-changed`,
            ids: [after.id],
            field,
            before: fieldValue(before, field),
            after: fieldValue(after, field),
            pointer: pointer(...spec.path, index, field),
            message: spec.changed(before, after, field),
          },
          after,
        ),
      );
    }
  return changes;
}
