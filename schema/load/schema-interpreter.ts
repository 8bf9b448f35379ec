// The card schema checked by reading the schema itself, for the viewer: the
// precompiled Ajv validator is a fifth of the viewer's 30 kB budget, the
// schema as data (schema/generated/card-schema.json) and this reader a little
// over half of that. It knows exactly the keywords the card schema uses and
// refuses a schema with any other, so a schema change cannot be silently
// skipped; it answers as Ajv does (the same verdict, errors at the same places
// with the same keywords and parameters), which a test checks against Ajv on
// thousands of mutated cards. The studio, the worker and the command line keep
// the precompiled validator (faster on large cards); every card still goes
// through the same loadCard.
import type { AjvError, CardValidator } from '../generated/validate-card';
import { pointer } from '../pointer';
import { formats } from './formats';

/** A schema object as the card schema writes them (the keywords this reader knows). */
interface Schema {
  $ref?: string;
  $defs?: Record<string, Schema>;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  allOf?: Schema[];
  if?: Schema;
  then?: Schema;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: keyof typeof formats;
  minimum?: number;
  maximum?: number;
}
type Errors = Omit<AjvError, 'schemaPath'>[];

/** What the reader understands; annotations and identifiers are ignored. */
const KEYWORDS = new Set(
  [
    '$ref $defs $schema $id title description',
    'type const enum allOf if then required properties',
    'items minItems maxItems uniqueItems',
    'minLength maxLength pattern format minimum maximum',
  ]
    .join(' ')
    .split(' '),
);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (k) => k in b && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

function hasType(type: string, data: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(data);
    case 'array':
      return Array.isArray(data);
    case 'integer':
      return Number.isInteger(data);
    case 'number':
      return typeof data === 'number' && isFinite(data);
    case 'null':
      return data === null;
    default:
      return typeof data === type;
  }
}

/** Code points, as JSON Schema counts a string's length, without spreading the string. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

type Check = (data: unknown, errors: Errors) => void;

/** What a failure inside an `if` adds: only that there is one. */
const QUIET_FAILURE: Errors[number] = { instancePath: '', keyword: 'if', params: {} };

export function schemaValidator(root: object): CardValidator {
  const defs = (root as Schema).$defs ?? {};
  const known = (schema: unknown): void => {
    if (Array.isArray(schema)) return schema.forEach(known);
    if (!isObject(schema)) return;
    for (const [keyword, value] of Object.entries(schema)) {
      if (!KEYWORDS.has(keyword)) throw new Error(`The schema reader does not know '${keyword}'`);
      if (keyword === '$ref' && !String(value).startsWith('#/$defs/'))
        throw new Error(
          `The schema reader follows only #/$defs/ references, not '${String(value)}'`,
        );
      if (keyword === 'format' && !(String(value) in formats))
        throw new Error(`The schema reader does not know the format '${String(value)}'`);
      if (keyword === 'properties' || keyword === '$defs')
        Object.values(value as Schema).forEach(known);
      else if (typeof value === 'object') known(value);
    }
  };
  known(root);

  // Each schema is read once into a closure with its keywords at hand. The place
  // in the card is a stack of keys, joined into a pointer only for an error: a
  // card has thousands of values and, mostly, no errors.
  const path: (string | number)[] = [];
  // An `if` is only asked whether it holds: its failures are counted, not described (a card
  // fails an `if` per node kind it is not; each pointer built for one cost the viewer's load
  // a quarter of the schema check).
  const quiet: Errors = [];
  const fail = (errors: Errors, keyword: string, params: Record<string, unknown>) =>
    void errors.push(
      errors === quiet ? QUIET_FAILURE : { instancePath: pointer(...path), keyword, params },
    );
  const compiled = new Map<Schema, Check>();
  const compile = (s: Schema): Check => {
    const done = compiled.get(s);
    if (done) return done;
    // A reference is followed on first use: definitions refer to each other.
    let target: Check | undefined;
    const ref = s.$ref && defs[s.$ref.slice('#/$defs/'.length)]!;
    const required = s.required ?? [];
    const properties = Object.entries(s.properties ?? {}).map(
      ([name, sub]) => [name, compile(sub)] as const,
    );
    const items = s.items && compile(s.items);
    const types = s.type === undefined ? undefined : [s.type].flat();
    const pattern = s.pattern === undefined ? undefined : new RegExp(s.pattern, 'u');
    const format = s.format && formats[s.format];
    const allOf = (s.allOf ?? []).map(compile);
    const ifThen = s.if && s.then ? [compile(s.if), compile(s.then)] : undefined;
    const { maxItems, minItems, maxLength, minLength, maximum, minimum } = s;
    const check: Check = (data, errors) => {
      if (ref) (target ??= compile(ref))(data, errors);
      if (isObject(data)) {
        for (const name of required)
          if (data[name] === undefined) fail(errors, 'required', { missingProperty: name });
        for (const [name, sub] of properties) {
          const value = data[name];
          if (value === undefined) continue;
          path.push(name);
          sub(value, errors);
          path.pop();
        }
      } else if (Array.isArray(data)) {
        if (maxItems !== undefined && data.length > maxItems)
          fail(errors, 'maxItems', { limit: maxItems });
        if (minItems !== undefined && data.length < minItems)
          fail(errors, 'minItems', { limit: minItems });
        // Every index, holes included (as Ajv): forEach would skip them.
        if (items)
          for (let i = 0; i < data.length; i++) {
            path.push(i);
            items(data[i], errors);
            path.pop();
          }
        if (s.uniqueItems)
          outer: for (let i = data.length; i--;)
            for (let j = i; j--;)
              if (equal(data[i], data[j])) {
                fail(errors, 'uniqueItems', { i, j });
                break outer;
              }
      } else if (typeof data === 'string') {
        // Code points are never more than UTF-16 units, nor fewer than half of them.
        const counted =
          (maxLength !== undefined && data.length > maxLength) ||
          (minLength !== undefined && data.length < 2 * minLength);
        const length = counted ? codePoints(data) : data.length;
        if (maxLength !== undefined && length > maxLength)
          fail(errors, 'maxLength', { limit: maxLength });
        if (minLength !== undefined && length < minLength)
          fail(errors, 'minLength', { limit: minLength });
        if (pattern && !pattern.test(data)) fail(errors, 'pattern', { pattern: s.pattern });
        if (format && !format(data)) fail(errors, 'format', { format: s.format });
      } else if (typeof data === 'number') {
        if (maximum !== undefined && data > maximum)
          fail(errors, 'maximum', { comparison: '<=', limit: maximum });
        if (minimum !== undefined && data < minimum)
          fail(errors, 'minimum', { comparison: '>=', limit: minimum });
      }
      if (types && !types.some((t) => hasType(t, data)))
        fail(errors, 'type', { type: types.join(',') });
      if ('const' in s && !equal(data, s.const)) fail(errors, 'const', { allowedValue: s.const });
      if (s.enum && !s.enum.some((v) => equal(data, v)))
        fail(errors, 'enum', { allowedValues: s.enum });
      for (const sub of allOf) sub(data, errors);
      if (ifThen) {
        const failed = quiet.length;
        ifThen[0]!(data, quiet);
        const holds = quiet.length === failed;
        quiet.length = failed;
        const before = errors.length;
        if (holds) ifThen[1]!(data, errors);
        if (errors.length > before) fail(errors, 'if', { failingKeyword: 'then' });
      }
    };
    compiled.set(s, check);
    return check;
  };
  const check = compile(root as Schema);

  const validate: CardValidator = (data: unknown) => {
    const errors: Errors = [];
    path.length = 0;
    quiet.length = 0;
    check(data, errors);
    validate.errors = errors.length ? (errors as AjvError[]) : null;
    return errors.length === 0;
  };
  return validate;
}
