// Numbered migrations, only ever added to: MIGRATIONS[i] turns a document of
// schemaVersion i + 1 into i + 2. Each migration lives in its own numbered
// file, gets a sample file of its old version under tests/fixtures/migrations/
// and a test that loads it.
import { edgeRoutes } from './001-edge-routes';
import type { JsonObject, Migration } from './types';

export type { JsonObject, Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [edgeRoutes];

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
