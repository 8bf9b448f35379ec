// Numbered migrations, only ever added to: MIGRATIONS[i] turns a document of
// schemaVersion i + 1 into i + 2. Each migration gets a sample file of its old
// version under tests/fixtures/migrations/ and a test that loads it.
//
// There are none yet: version 1 is the first published format.

export type JsonObject = { [key: string]: unknown };

export interface Migration {
  from: number;
  to: number;
  /** What changed, in a sentence, for the changelog and the migration test. */
  description: string;
  /** Must not mutate its input; must keep fields it does not know. */
  migrate: (doc: JsonObject) => JsonObject;
}

export const MIGRATIONS: readonly Migration[] = [];

/** Problems with the numbering of a migration list, as sentences (empty when sound). */
export function migrationListProblems(
  list: readonly Migration[],
  currentVersion: number,
): string[] {
  const problems: string[] = [];
  list.forEach((m, i) => {
    if (m.from !== i + 1 || m.to !== i + 2)
      problems.push(
        `Migratie ${i} gaat van ${m.from} naar ${m.to}, verwacht ${i + 1} naar ${i + 2}.`,
      );
  });
  if (list.length !== currentVersion - 1)
    problems.push(
      `Er zijn ${list.length} migraties voor schemaversie ${currentVersion}; verwacht ${currentVersion - 1}.`,
    );
  return problems;
}

export type MigrationOutcome =
  { ok: true; doc: JsonObject } | { ok: false; from: number; to: number; reason: string };

export function runMigrations(
  doc: JsonObject,
  fromVersion: number,
  list: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  let current = doc;
  for (const m of list.slice(fromVersion - 1)) {
    try {
      current = { ...m.migrate(current), schemaVersion: m.to };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, from: m.from, to: m.to, reason };
    }
  }
  return { ok: true, doc: current };
}
