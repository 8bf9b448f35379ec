// The parts of the card schema that the studio validates one by one, so that
// checking a command's result costs what the command changed, not what the card
// holds (schema/load/change-refusal.ts). All derived from kindreflex.schema.json
// here, at build time: there is one schema, never a second copy to keep in step.
//
// - the shell: the card without the items of its entity lists and without
//   `origin` and `release`; it still checks every other field and each list's
//   length (maxItems, minItems), which is where a card-level limit lives;
// - one validator per entity (node, edge, partner, ...) and for origin and
//   release, taken straight from $defs.

/** The card's lists whose items are validated one by one: where they are, and their definition. */
export const ENTITY_LISTS = [
  { path: ['flow', 'nodes'], def: 'node', name: 'validateNode' },
  { path: ['flow', 'edges'], def: 'edge', name: 'validateEdge' },
  { path: ['directory', 'partners'], def: 'partner', name: 'validatePartner' },
  { path: ['directory', 'sections'], def: 'section', name: 'validateSection' },
  { path: ['roles'], def: 'role', name: 'validateRole' },
  { path: ['regions'], def: 'region', name: 'validateRegion' },
  { path: ['resources'], def: 'resource', name: 'validateResource' },
] as const;

/** Top-level fields checked as a whole, and only when they changed. */
export const WHOLE_FIELDS = [
  { field: 'origin', def: 'origin', name: 'validateOrigin' },
  { field: 'release', def: 'release', name: 'validateRelease' },
] as const;

export const SHELL_ID = 'k:shell';

type Json = Record<string, unknown>;

/** Every "$ref": "#/..." made absolute, so the shell shares the card's compiled definitions. */
function absoluteRefs(value: unknown, rootId: string): unknown {
  if (Array.isArray(value)) return value.map((v) => absoluteRefs(v, rootId));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === '$ref' && typeof child === 'string' && child.startsWith('#')
        ? rootId + child
        : absoluteRefs(child, rootId),
    ]),
  );
}

const at = (schema: Json, ...keys: string[]): Json =>
  keys.reduce<Json>((node, key) => node[key] as Json, schema);

/**
 * The id a definition gets as a schema of its own, so it is compiled once and
 * shared by every export. Short, because Ajv embeds some schema objects (with
 * their $refs) in the generated code, which the viewer ships.
 */
export const partId = (_rootId: string, def: string): string => `k:${def}`;

/** Every "$ref" to a part's definition pointed at the part's own schema instead. */
function refsToParts(value: unknown, rootId: string, parts: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => refsToParts(v, rootId, parts));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const def = typeof child === 'string' ? /^.*#\/\$defs\/(\w+)$/.exec(child)?.[1] : undefined;
      if (key === '$ref' && def && parts.has(def)) return [key, partId(rootId, def)];
      return [key, refsToParts(child, rootId, parts)];
    }),
  );
}

/**
 * The card schema split for compiling: each part's definition becomes a schema
 * of its own, and the card and the shell refer to it by that id. Ajv then
 * compiles each part once and every export shares it (a $defs fragment fetched
 * by pointer would be compiled a second time).
 */
export function splitSchemas(card: Json): Json[] {
  const rootId = String(card.$id);
  const names = new Set(Object.keys(card.$defs as Json));
  const { $defs, ...whole } = refsToParts(absoluteRefs(card, rootId), rootId, names) as Json;
  const defs = $defs as Json;
  const parts = [...names].map((def) => ({ $id: partId(rootId, def), ...(defs[def] as Json) }));
  return [whole, shellSchema({ ...whole, $defs: defs }), ...parts];
}

/** The shell schema of a card schema (see above). */
export function shellSchema(card: Json): Json {
  const rootId = String(card.$id);
  const { $defs, $id: _id, $schema: _schema, ...rest } = card;
  const defs = $defs as Json;
  const shell = absoluteRefs(rest, rootId) as Json;
  const properties = shell.properties as Json;
  // Inline copies of the two definitions that hold lists, so that origin.base,
  // which names #/$defs/flow too, keeps the full definition.
  properties.flow = absoluteRefs(structuredClone(defs.flow), rootId);
  properties.directory = absoluteRefs(structuredClone(defs.directory), rootId);
  for (const { path } of ENTITY_LISTS) {
    const [first, second] = path as readonly string[];
    const list = second ? at(properties, first!, 'properties', second) : at(properties, first!);
    delete list.items;
  }
  for (const { field } of WHOLE_FIELDS) delete properties[field];
  return { $id: SHELL_ID, ...shell };
}
