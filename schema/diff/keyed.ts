// Pairing the items of two lists by key (their id, or the partner of a section
// entry) and listing the fields that differ: the common ground of every part
// of the diff.
import { jsonEqual } from '../json-equal';

export interface Indexed<T> {
  item: T;
  index: number;
}

export interface Pairing<T> {
  /** In the newer list only, with their index there. */
  added: Indexed<T>[];
  /** In the older list only, with their index there. */
  removed: Indexed<T>[];
  /** In both, with the index in the newer list. */
  common: { before: T; after: T; index: number }[];
}

/** Pairs two lists by key; of items sharing a key in one list, the first counts. */
function pairBy<T>(
  older: readonly T[],
  newer: readonly T[],
  key: (item: T, index: number) => string,
): Pairing<T> {
  const olderByKey = new Map<string, T>();
  older.forEach((item, i) => {
    const k = key(item, i);
    if (!olderByKey.has(k)) olderByKey.set(k, item);
  });
  const newerKeys = new Set<string>();
  const pairing: Pairing<T> = { added: [], removed: [], common: [] };
  newer.forEach((item, index) => {
    const k = key(item, index);
    if (newerKeys.has(k)) return;
    newerKeys.add(k);
    const before = olderByKey.get(k);
    if (before === undefined) pairing.added.push({ item, index });
    else pairing.common.push({ before, after: item, index });
  });
  older.forEach((item, index) => {
    if (!newerKeys.has(key(item, index))) pairing.removed.push({ item, index });
  });
  return pairing;
}

const byId = (item: { id: string }): string => item.id;

/** Pairs two lists of items with ids. */
export function pairById<T extends { id: string }>(
  older: readonly T[],
  newer: readonly T[],
): Pairing<T> {
  return pairBy(older, newer, byId);
}

/**
 * The fields whose values differ between two versions of an item, in the order of
 * `order` first and then as they come (newer item's keys, then the older's).
 */
export function changedFields(
  before: object,
  after: object,
  order: readonly string[] = [],
): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...order, ...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => !jsonEqual(a[k], b[k]));
}
