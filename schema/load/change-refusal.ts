// The load path's refusing stages for a change of a card that was accepted:
// what the studio's document store asks after every command. Checking a whole
// 5,000-node card costs several milliseconds on every keystroke; this costs
// what the command changed.
//
// It relies on structural sharing (Immer): whatever a command did not touch is
// the same object as before, and the card before was accepted, so only new
// objects need a look. The verdict is that of refusalOf(after) plus the shape
// check (tests/unit/command-validity.test.ts compares them over generated
// commands):
// - the shell validator: every field but the items of the entity lists and
//   `origin`/`release`, and each list's length (schema/build/part-schemas.ts);
// - each list item that changed, with its own definition's validator;
// - `origin` and `release` as a whole when they changed;
// - keys and depth (shapeProblem) of every new object;
// - integrity (ids, arrow ends) when something it reads may have changed.
// With the command's patches, an edit inside items (typing, a move) is found
// without looking at the other items; without them, or when a list gained,
// lost or reordered items, the lists are compared by identity.
import { ENTITY_LISTS, WHOLE_FIELDS } from '../build/part-schemas';
import { integrityProblems } from '../checks/integrity';
import * as generated from '../generated/validate-card';
import type { CardValidator } from '../generated/validate-card';
import { pointer } from '../pointer';
import { problem, type Problem } from '../problems';
import type { Card } from '../types';
import { FORBIDDEN_KEYS, MAX_DEPTH, shapeProblem } from './parse';
import { schemaProblems } from './schema-errors';

/** What the store knows of a command's change: Immer's patch paths. */
export interface ChangedPath {
  path: readonly (string | number)[];
}

type Json = Record<string, unknown>;
type Spec = (typeof ENTITY_LISTS)[number];

/** The validators of the parts, by their export names in part-schemas.ts. */
const validators: Record<Spec['name'] | (typeof WHOLE_FIELDS)[number]['name'], CardValidator> = {
  validateNode: generated.validateNode,
  validateEdge: generated.validateEdge,
  validatePartner: generated.validatePartner,
  validateSection: generated.validateSection,
  validateRole: generated.validateRole,
  validateRegion: generated.validateRegion,
  validateResource: generated.validateResource,
  validateOrigin: generated.validateOrigin,
  validateRelease: generated.validateRelease,
};

/** The fields of list items that integrity reads: only a change there needs it. */
const INTEGRITY_FIELDS: ReadonlySet<unknown> = new Set(['id', 'source', 'target', 'criteria']);

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) value = isObject(value) ? (value as Json)[key] : undefined;
  return value;
}

/** The problems of `value` by `validator`, with pointers from the card's root. */
function partProblems(validator: CardValidator, value: unknown, where: string): Problem[] {
  if (validator(value)) return [];
  return schemaProblems(validator.errors ?? []).map((p) => ({ ...p, pointer: where + p.pointer }));
}

/**
 * Keys and depth of what is new in `after` (at `depth` objects below the root):
 * objects that were not in `before` at the same place; in an array, objects that
 * were nowhere in it before. Arrays in `skip` are left to the caller.
 */
function newShape(
  before: unknown,
  after: unknown,
  where: string,
  depth: number,
  skip: ReadonlySet<unknown>,
): Problem | null {
  if (after === before || !isObject(after) || skip.has(after)) return null;
  if (!isObject(before) || Array.isArray(before) !== Array.isArray(after)) {
    const found = shapeProblem(after, MAX_DEPTH - depth);
    return found && { ...found, pointer: where + found.pointer };
  }
  if (depth >= MAX_DEPTH) return shapeProblem(after, 0);
  if (Array.isArray(after)) {
    const old = new Set<unknown>(before as unknown[]);
    for (let i = 0; i < after.length; i++) {
      const item: unknown = after[i];
      if (old.has(item)) continue;
      const found = newShape(undefined, item, `${where}/${i}`, depth + 1, skip);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(after)) {
    const here = where + pointer(key);
    if (FORBIDDEN_KEYS.has(key)) return problem('forbidden-key', 'error', here, { key });
    const previous = Object.hasOwn(before, key) ? (before as Json)[key] : undefined;
    const found = newShape(previous, child, here, depth + 1, skip);
    if (found) return found;
  }
  return null;
}

const startsWith = (path: readonly unknown[], prefix: readonly unknown[]): boolean =>
  prefix.every((key, i) => path[i] === key);

interface Touched {
  /** Per list, the indexes of the items changed in place. */
  items: Map<Spec, Set<number>>;
  integrity: boolean;
}

/** The items the patches changed in place, or null when a list itself changed (or no patches). */
function touchedInPlace(paths: readonly ChangedPath[] | undefined): Touched | null {
  if (!paths) return null;
  const touched: Touched = { items: new Map(), integrity: false };
  for (const { path } of paths) {
    const spec = ENTITY_LISTS.find((s) => startsWith(path, s.path));
    if (!spec) {
      if (ENTITY_LISTS.some((s) => startsWith(s.path, path))) return null; // [] or ['flow']
      continue;
    }
    const index = path[spec.path.length];
    if (typeof index !== 'number' || path.length < spec.path.length + 2) return null;
    if (!touched.items.has(spec)) touched.items.set(spec, new Set());
    touched.items.get(spec)!.add(index);
    if (INTEGRITY_FIELDS.has(path[spec.path.length + 1])) touched.integrity = true;
  }
  return touched;
}

/**
 * Why the load path would refuse `after`, a change of the accepted card
 * `before`, or null when it would take it. `paths`, the command's patches,
 * make an edit inside items cost only those items.
 */
export function changeRefusal(
  before: Card,
  after: Card,
  paths?: readonly ChangedPath[],
): Problem[] | null {
  if (after === before) return null;
  const touched = touchedInPlace(paths);
  const lists = ENTITY_LISTS.map((spec) => ({
    spec,
    list: valueAt(after, spec.path),
    old: valueAt(before, spec.path),
  }));
  // The lists' items are looked at below, each once.
  const skip = new Set(lists.map((l) => l.list));
  const shape = newShape(before, after, '', 0, skip);
  if (shape) return [shape];
  const problems = partProblems(generated.validateShell, after, '');
  let integrity = touched?.integrity ?? false;
  for (const { spec, list, old } of lists) {
    if (list === old || !Array.isArray(list)) continue; // not an array: the shell said so
    const previous: readonly unknown[] = Array.isArray(old) ? old : [];
    let changed: Iterable<number>;
    if (touched) changed = touched.items.get(spec) ?? [];
    else {
      integrity = true;
      const kept = new Set<unknown>(previous);
      changed = list.flatMap((item: unknown, i) => (kept.has(item) ? [] : [i]));
    }
    const listAt = pointer(...spec.path);
    for (const i of changed) {
      const where = `${listAt}/${i}`;
      const depth = spec.path.length + 1;
      const found = newShape(touched ? previous[i] : undefined, list[i], where, depth, skip);
      if (found) return [found];
      problems.push(...partProblems(validators[spec.name], list[i], where));
    }
  }
  for (const { field, name } of WHOLE_FIELDS) {
    const value = (after as unknown as Json)[field];
    if (value !== undefined && value !== (before as unknown as Json)[field])
      problems.push(...partProblems(validators[name], value, pointer(field)));
  }
  if (problems.length > 0) return problems;
  const broken = integrity ? integrityProblems(after) : [];
  return broken.length > 0 ? broken : null;
}
