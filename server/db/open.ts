// Which database the server uses: a PostgreSQL server when DATABASE_URL is
// set, the embedded PGlite in KINDREFLEX_DATA (./data by default) otherwise.
// Either way the migrations run before anything else touches it.
import { mkdirSync } from 'node:fs';
import type { Database } from './database';
import { lockDataDir } from './lock';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface DatabaseConfig {
  /** postgres://… or postgresql://…; unset for the embedded database. */
  databaseUrl?: string;
  /** PGlite's folder; 'memory' for a database that lives only in this process. */
  dataDir: string;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const url = config.databaseUrl;
  if (url && !/^postgres(ql)?:\/\//.test(url))
    throw new Error(
      `DATABASE_URL moet met postgres:// of postgresql:// beginnen. (DATABASE_URL must start with postgres://.)`,
    );
  if (url) return migrated(await openPostgres(url));
  if (config.dataDir === 'memory') return migrated(await openPglite());
  mkdirSync(config.dataDir, { recursive: true });
  const unlock = lockDataDir(config.dataDir);
  try {
    const db = await migrated(await openPglite(config.dataDir));
    return { ...db, close: () => db.close().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function migrated(db: Database): Promise<Database> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
