// Numbered SQL migrations (server/db/migrations/NNN-name.sql), applied in
// order, each in its own transaction, recorded in schema_migrations. A
// database that a newer server has migrated further is refused: this code
// would not know its tables.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database';

export interface MigrationFile {
  number: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export function migrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f, index) => {
      const number = Number(f.slice(0, 3));
      if (number !== index + 1) throw new Error(`Migratie ${f}: nummer ${index + 1} verwacht`);
      return { number, name: f.slice(4, -4), sql: readFileSync(dir + f, 'utf8') };
    });
}

/** The newest migration this code knows: what a backup records, what a database may not exceed. */
export function latestMigration(files = migrationFiles()): number {
  return files.at(-1)?.number ?? 0;
}

export class NewerDatabaseError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `De database is bijgewerkt tot migratie ${databaseVersion}, maar deze server kent er maar ${codeVersion}. ` +
        'Werk de server bij naar de nieuwste versie; hij start niet om de gegevens niet te beschadigen. ' +
        `(The database is at migration ${databaseVersion}, newer than this server's ${codeVersion}: update the server.)`,
    );
    this.name = 'NewerDatabaseError';
  }
}

export async function appliedMigration(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number | null }>(
    'SELECT max(number) AS n FROM schema_migrations',
  );
  return rows[0]?.n ?? 0;
}

/** Brings the database up to date; returns the numbers it applied. */
export async function migrate(db: Database, files = migrationFiles()): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    number integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const current = await appliedMigration(db);
  const latest = latestMigration(files);
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const applied: number[] = [];
  for (const file of files.filter((f) => f.number > current)) {
    await db.transaction(async (tx) => {
      // Two servers starting at once on one PostgreSQL: the second waits, then finds it done.
      await tx.query('SELECT pg_advisory_xact_lock(7263519)');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE number = $1', [
        file.number,
      ]);
      if (done.length > 0) return;
      await tx.exec(file.sql);
      await tx.query('INSERT INTO schema_migrations (number, name) VALUES ($1, $2)', [
        file.number,
        file.name,
      ]);
      applied.push(file.number);
    });
  }
  return applied;
}
