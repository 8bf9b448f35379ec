// The three-way merge of two edits of one card, as two editors of a shared
// workspace make them: the card both started from (the ancestor), mine and
// theirs. Unlike a base update (merge-base-update.ts), both sides are the same
// card, so every part of it merges, the directory included:
//
//   mine = ancestor     -> theirs
//   theirs = ancestor   -> mine
//   mine = theirs       -> that value
//   objects             -> field by field
//   lists of items with an id (nodes, edges, roles, partners, sections; entries
//   by partner)         -> item by item, in the order the side that reordered gave
//   anything else       -> a conflict (both changed the same thing differently)
//
// An item removed on one side and changed on the other is a conflict; removed
// on one side and left alone on the other, it goes. A merge whose result the
// load path would refuse (an arrow to a box the other side removed) is a
// conflict too. Conflicts are never settled here: the caller asks the user.
import { loadCardValue } from '../load/load-card';
import { jsonEqual } from '../json-equal';
import type { Card } from '../types';
import { mergedOrder } from './three-way';

export type CardMerge =
  | { ok: true; card: Card }
  /** `conflicts`: JSON pointers of what both sides changed, or '' when the result is not a valid card. */
  | { ok: false; conflicts: string[] };

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The field that identifies the items of a list, when every item has a different one. */
function keyField(...lists: Json[][]): string | null {
  for (const field of ['id', 'partner']) {
    const ok = lists.every((list) => {
      const keys = list.map((item) => (isObject(item) ? item[field] : undefined));
      return keys.every((k) => typeof k === 'string') && new Set(keys).size === keys.length;
    });
    if (ok) return field;
  }
  return null;
}

class Merger {
  readonly conflicts: string[] = [];

  /** The merged value; undefined means absent. */
  value(ancestor: Json, mine: Json, theirs: Json, path: string): Json {
    if (jsonEqual(mine, theirs)) return mine;
    if (jsonEqual(ancestor, mine)) return theirs;
    if (jsonEqual(ancestor, theirs)) return mine;
    if (isObject(mine) && isObject(theirs))
      return this.object(isObject(ancestor) ? ancestor : {}, mine, theirs, path);
    if (Array.isArray(mine) && Array.isArray(theirs)) {
      const base = Array.isArray(ancestor) ? ancestor : [];
      const key = keyField(base, mine, theirs);
      if (key) return this.list(base, mine, theirs, key, path);
    }
    this.conflicts.push(path);
    return mine;
  }

  private object(ancestor: JsonObject, mine: JsonObject, theirs: JsonObject, path: string) {
    const merged: JsonObject = {};
    // Theirs' key order first, then the fields only mine has.
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = this.value(ancestor[key], mine[key], theirs[key], `${path}/${escape(key)}`);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }

  private list(ancestor: Json[], mine: Json[], theirs: Json[], key: string, path: string) {
    const idOf = (item: Json) => (item as JsonObject)[key] as string;
    const byKey = (list: Json[]) => new Map(list.map((item) => [idOf(item), item]));
    const [a, m, t] = [byKey(ancestor), byKey(mine), byKey(theirs)];
    const kept = new Map<string, Json>();
    for (const id of new Set([...t.keys(), ...m.keys()])) {
      const at = `${path}/${escape(id)}`;
      const [av, mv, tv] = [a.get(id), m.get(id), t.get(id)];
      if (mv !== undefined && tv !== undefined) kept.set(id, this.value(av, mv, tv, at));
      else {
        const only = mv ?? tv;
        // Added on one side: keep. Removed on the other: gone if it was left alone, else a conflict.
        if (av === undefined) kept.set(id, only);
        else if (!jsonEqual(av, only)) {
          this.conflicts.push(at);
          kept.set(id, only);
        }
      }
    }
    const [ao, mo, to] = [ancestor, mine, theirs].map((list) => list.map(idOf)) as [
      string[],
      string[],
      string[],
    ];
    const has = (id: string) => kept.has(id);
    // The order of the side that reordered; both reordered differently: a conflict.
    let order: string[];
    if (sameOrder(ao, mo)) order = mergedOrder(mo, to, has);
    else if (sameOrder(ao, to)) order = mergedOrder(to, mo, has);
    else {
      if (!sameOrder(mo, to)) this.conflicts.push(path);
      order = mergedOrder(to, mo, has);
    }
    return order.map((id) => kept.get(id));
  }
}

/** Whether the items two lists have in common come in the same order. */
function sameOrder(x: string[], y: string[]): boolean {
  const [inX, inY] = [new Set(x), new Set(y)];
  const common = x.filter((id) => inY.has(id));
  const other = y.filter((id) => inX.has(id));
  return common.every((id, i) => other[i] === id);
}

/**
 * Merges `mine` and `theirs`, both edits of `ancestor`. Succeeds only when they
 * changed different things and the result passes the load path.
 */
export function mergeCards(ancestor: Card, mine: Card, theirs: Card): CardMerge {
  const merger = new Merger();
  const merged = merger.value(ancestor, mine, theirs, '');
  if (merger.conflicts.length > 0) return { ok: false, conflicts: merger.conflicts };
  const loaded = loadCardValue(structuredClone(merged));
  return loaded.ok ? { ok: true, card: loaded.card } : { ok: false, conflicts: [''] };
}
