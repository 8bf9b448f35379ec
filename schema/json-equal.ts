// Equality of JSON values, as the diff and the merge need it: key order does
// not matter, a property set to undefined is the same as an absent one (as in
// the JSON text), array order does. Only own properties count: a key such as
// "constructor" must not be answered by Object.prototype.

/** The value of an own property, or undefined: never one inherited from a prototype. */
export function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!jsonEqual(ownValue(a, key), ownValue(b, key))) return false;
  return true;
}
