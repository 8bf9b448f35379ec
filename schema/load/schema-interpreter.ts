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

/** A JSON pointer token, as Ajv writes it in instancePath. */
const token = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function schemaValidator(root: object): CardValidator {
  const defs = (root as Schema).$defs ?? {};
  const patterns = new Map<string, RegExp>();
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

  const check = (s: Schema, data: unknown, at: string, errors: Errors): void => {
    const fail = (keyword: string, params: Record<string, unknown>) =>
      void errors.push({ instancePath: at, keyword, params });
    if (s.$ref) check(defs[s.$ref.slice('#/$defs/'.length)]!, data, at, errors);
    if (isObject(data)) {
      for (const name of s.required ?? [])
        if (data[name] === undefined) fail('required', { missingProperty: name });
      for (const [name, sub] of Object.entries((s.properties ?? {}) as Schema))
        if (data[name] !== undefined)
          check(sub as Schema, data[name], `${at}/${token(name)}`, errors);
    } else if (Array.isArray(data)) {
      if (s.maxItems !== undefined && data.length > s.maxItems)
        fail('maxItems', { limit: s.maxItems });
      if (s.minItems !== undefined && data.length < s.minItems)
        fail('minItems', { limit: s.minItems });
      const items = s.items;
      // Every index, holes included (as Ajv): forEach would skip them.
      if (items) for (let i = 0; i < data.length; i++) check(items, data[i], `${at}/${i}`, errors);
      if (s.uniqueItems)
        outer: for (let i = data.length; i--;)
          for (let j = i; j--;)
            if (equal(data[i], data[j])) {
              fail('uniqueItems', { i, j });
              break outer;
            }
    } else if (typeof data === 'string') {
      const length = [...data].length;
      if (s.maxLength !== undefined && length > s.maxLength)
        fail('maxLength', { limit: s.maxLength });
      if (s.minLength !== undefined && length < s.minLength)
        fail('minLength', { limit: s.minLength });
      if (s.pattern) {
        const pattern = patterns.get(s.pattern) ?? new RegExp(s.pattern, 'u');
        patterns.set(s.pattern, pattern);
        if (!pattern.test(data)) fail('pattern', { pattern: s.pattern });
      }
      if (s.format && !formats[s.format as keyof typeof formats](data))
        fail('format', { format: s.format });
    } else if (typeof data === 'number') {
      if (s.maximum !== undefined && data > s.maximum)
        fail('maximum', { comparison: '<=', limit: s.maximum });
      if (s.minimum !== undefined && data < s.minimum)
        fail('minimum', { comparison: '>=', limit: s.minimum });
    }
    const types = s.type === undefined ? undefined : [s.type].flat();
    if (types && !types.some((t) => hasType(t, data))) fail('type', { type: types.join(',') });
    if ('const' in s && !equal(data, s.const)) fail('const', { allowedValue: s.const });
    if (s.enum && !s.enum.some((v) => equal(data, v))) fail('enum', { allowedValues: s.enum });
    for (const sub of s.allOf ?? []) check(sub, data, at, errors);
    if (s.if && s.then) {
      const none: Errors = [];
      check(s.if, data, at, none);
      const before = errors.length;
      if (none.length === 0) check(s.then, data, at, errors);
      if (errors.length > before) fail('if', { failingKeyword: 'then' });
    }
  };

  const validate: CardValidator = (data: unknown) => {
    const errors: Errors = [];
    check(root as Schema, data, '', errors);
    validate.errors = errors.length ? (errors as AjvError[]) : null;
    return errors.length === 0;
  };
  return validate;
}
