// A structural diff of two JSON values as RFC 6902 operations (add, remove,
// replace), and applying them. The version history stores these between
// consecutive versions instead of a copy of the card each time.
//
// Arrays are compared after trimming their common start and end, so one node
// added or removed anywhere in a list of hundreds gives one operation, not a
// replace of every element after it. Equal-length middles are compared item by
// item (an edited node), other middles are replaced element-wise.
//
// Only own properties are read and written: a key "__proto__" is set as an own
// property (Object.defineProperty), never through the prototype setter, and a
// path never walks into Object.prototype. The load path refuses such keys; this
// code does not rely on that.
//
// Hand-written rather than the rfc6902 package: its array diff is an edit
// distance over both whole arrays (quadratic in time and memory for a list of a
// thousand nodes), where trimming the common ends gives the small patches the
// history is sized for, in some 120 lines.
import { jsonEqual, ownValue } from '../../schema/json-equal';
import { escapePointerToken, parsePointer } from '../../schema/pointer';

export type PatchOp =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown };

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The operations that turn `before` into `after`. */
export function diffJson(before: unknown, after: unknown, path = ''): PatchOp[] {
  if (jsonEqual(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) return diffArrays(before, after, path);
  if (isObject(before) && isObject(after)) return diffObjects(before, after, path);
  return [{ op: 'replace', path, value: after }];
}

function diffObjects(before: JsonObject, after: JsonObject, path: string): PatchOp[] {
  const ops: PatchOp[] = [];
  for (const key of Object.keys(before))
    if (before[key] !== undefined && ownValue(after, key) === undefined)
      ops.push({ op: 'remove', path: `${path}/${escapePointerToken(key)}` });
  for (const key of Object.keys(after)) {
    const value = after[key];
    if (value === undefined) continue;
    const at = `${path}/${escapePointerToken(key)}`;
    const old = ownValue(before, key);
    if (old === undefined) ops.push({ op: 'add', path: at, value });
    else ops.push(...diffJson(old, value, at));
  }
  return ops;
}

function diffArrays(before: unknown[], after: unknown[], path: string): PatchOp[] {
  let start = 0;
  while (start < before.length && start < after.length && jsonEqual(before[start], after[start]))
    start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    jsonEqual(before[endBefore - 1], after[endAfter - 1])
  ) {
    endBefore--;
    endAfter--;
  }
  const removed = endBefore - start;
  const added = endAfter - start;
  const ops: PatchOp[] = [];
  // Items in both middles are diffed in place; the surplus is removed or added.
  const shared = Math.min(removed, added);
  for (let i = 0; i < shared; i++)
    ops.push(...diffJson(before[start + i], after[start + i], `${path}/${start + i}`));
  // Remove from the back so earlier indexes stay valid.
  for (let i = endBefore - 1; i >= start + shared; i--)
    ops.push({ op: 'remove', path: `${path}/${i}` });
  for (let i = start + shared; i < endAfter; i++)
    ops.push({ op: 'add', path: `${path}/${i}`, value: after[i] });
  return ops;
}

/** An array index in a pointer (RFC 6901): digits without a leading zero. */
const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

/** Applies operations to a copy of `doc`; the original is left as it is. */
export function applyJsonPatch<T>(doc: T, ops: readonly PatchOp[]): T {
  return applyJsonPatchInPlace(structuredClone(doc), ops);
}

/** Applies operations to `doc` itself (which must be a copy nobody else holds). */
export function applyJsonPatchInPlace<T>(doc: T, ops: readonly PatchOp[]): T {
  let root: unknown = doc;
  for (const op of ops) {
    const tokens = parsePointer(op.path);
    if (tokens.length === 0) {
      if (op.op === 'remove') throw new Error('Cannot remove the whole document');
      root = structuredClone(op.value);
      continue;
    }
    const parent = resolveParent(root, tokens.slice(0, -1), op.path);
    const last = tokens[tokens.length - 1]!;
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : ARRAY_INDEX.test(last) ? Number(last) : -1;
      if (index < 0 || index > parent.length) throw new Error(`Bad array index in ${op.path}`);
      if (op.op === 'add') parent.splice(index, 0, structuredClone(op.value));
      else if (op.op === 'remove') parent.splice(index, 1);
      else parent[index] = structuredClone(op.value);
    } else if (op.op === 'remove') delete parent[last];
    else setOwn(parent, last, structuredClone(op.value));
  }
  return root as T;
}

/** Sets an own data property, whatever its name: `__proto__` does not reach the prototype. */
function setOwn(record: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(record, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

function resolveParent(root: unknown, tokens: string[], path: string): JsonObject | unknown[] {
  let node: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(node)) node = ARRAY_INDEX.test(token) ? node[Number(token)] : undefined;
    else if (isObject(node)) node = ownValue(node, token);
    else node = undefined;
    if (node === undefined) throw new Error(`No such place in the document: ${path}`);
  }
  if (!Array.isArray(node) && !isObject(node)) throw new Error(`Not a container: ${path}`);
  return node;
}
