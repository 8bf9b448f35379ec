// The one load path for every document that enters the system: a file, an
// import, a URL, a database row. Never throws on bad input.
//
//   text/bytes -> size, depth, JSON.parse -> schemaVersion gate -> migrations
//   -> schema (precompiled Ajv) -> integrity -> flow and directory checks
//
// A document that fails before the last step is refused ({ ok: false }).
// Flow and directory problems leave the card loadable so the studio can open
// it and show what to fix; callers that need a clean card (validate, publish)
// refuse when `problems` holds an error.
import { validate } from '../generated/validate-card';
import { directoryProblems, type CheckOptions } from '../checks/directory';
import { flowProblems } from '../checks/flow';
import { integrityProblems } from '../checks/integrity';
import { MIGRATIONS, runMigrations, type JsonObject, type Migration } from '../migrations';
import { problem, type Problem } from '../problems';
import { CURRENT_SCHEMA_VERSION, type Card } from '../types';
import { parseJsonText, shapeProblem } from './parse';
import { schemaProblems } from './schema-errors';

export type LoadResult =
  | { ok: true; card: Card; problems: Problem[]; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

export interface LoadOptions extends CheckOptions {
  /** For tests of the migration machinery; the real list by default. */
  migrations?: readonly Migration[];
  currentVersion?: number;
  /**
   * false: the warnings (flow and directory problems) are not looked for, and
   * `problems` of a loaded card is empty; for a caller that checks the card for
   * problems itself right after (the studio opening a card: its problem checker).
   */
  warnings?: boolean;
}

const refuse = (problems: Problem[]): LoadResult => ({ ok: false, problems });

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Load a card from the text or bytes of a file, an upload or a download. */
export function loadCard(
  input: string | Uint8Array | ArrayBuffer,
  options: LoadOptions = {},
): LoadResult {
  const parsed = parseJsonText(input);
  return parsed.ok ? loadCardValue(parsed.value, options) : refuse(parsed.problems);
}

/** Load a card from a value that is already parsed (database, memory); trusts it no more than text. */
export function loadCardValue(value: unknown, options: LoadOptions = {}): LoadResult {
  const current = options.currentVersion ?? CURRENT_SCHEMA_VERSION;
  const shape = shapeProblem(value);
  if (shape) return refuse([shape]);
  if (!isPlainObject(value)) return refuse([problem('not-object', 'error', '')]);

  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse([problem('no-version', 'error', '/schemaVersion')]);
  if (version > current)
    return refuse([problem('newer-version', 'error', '/schemaVersion', { version, current })]);

  const migrated = runMigrations(value, version, options.migrations ?? MIGRATIONS);
  if (!migrated.ok)
    return refuse([
      problem('migration-failed', 'error', '/schemaVersion', {
        from: migrated.from,
        to: migrated.to,
        reason: migrated.reason,
      }),
    ]);
  const refusal = refusalOf(migrated.doc);
  if (refusal) return refuse(refusal);
  const card = migrated.doc as Card;

  return {
    ok: true,
    card,
    problems:
      options.warnings === false
        ? []
        : [...flowProblems(card), ...directoryProblems(card, options)],
    migratedFrom: version < current ? version : null,
  };
}

/**
 * Why the load path would refuse a document of the current schema version, or
 * null when it would take it: the schema (precompiled validator), then integrity
 * (unique ids, arrows between nodes that exist). The stages the load path and
 * the studio's document store share, so a command can never make a card that
 * could not be opened again. Expects a value that passed shapeProblem (a card
 * built by commands or read by the load path).
 */
export function refusalOf(doc: unknown): Problem[] | null {
  if (!validate(doc)) return schemaProblems(validate.errors ?? []);
  const integrity = integrityProblems(doc as Card);
  return integrity.length > 0 ? integrity : null;
}

/**
 * Every problem of a card held in memory (the studio's working card): schema,
 * integrity, flow and directory, in one list, for the problems panel.
 *
 * Unlike the load path, a schema problem does not hide the others: the studio's
 * card is built by typed commands, so a schema problem is one field being edited
 * (an empty text, a width out of range) and the graph checks still hold. They
 * are guarded all the same, for a card whose shape really is broken.
 */
export function cardProblems(card: Card, options: CheckOptions = {}): Problem[] {
  const schema = validate(card) ? [] : schemaProblems(validate.errors ?? []);
  let graph: Problem[];
  try {
    const integrity = integrityProblems(card);
    graph =
      integrity.length > 0
        ? integrity
        : [...flowProblems(card), ...directoryProblems(card, options)];
  } catch {
    graph = [];
  }
  return [...schema, ...graph];
}
