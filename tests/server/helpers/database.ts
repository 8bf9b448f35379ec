// One database per test process (PGlite takes seconds to start): PGlite in
// memory, or the PostgreSQL server of TEST_DATABASE_URL when vitest's
// server-postgresql project runs. Migrated once; tests keep apart by unique
// workspace slugs and e-mail addresses, never by a new instance.
import type { Database } from '../../../server/db/database';
import { openDatabase } from '../../../server/db/open';

let shared: Promise<Database> | null = null;

export function testDatabaseKind(): 'pglite' | 'postgresql' {
  return process.env.KINDREFLEX_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite';
}

export function testDatabase(): Promise<Database> {
  if (!shared) {
    const url = process.env.TEST_DATABASE_URL;
    if (testDatabaseKind() === 'postgresql' && !url)
      throw new Error('KINDREFLEX_TEST_DB=postgresql needs TEST_DATABASE_URL');
    shared = openDatabase(
      testDatabaseKind() === 'postgresql' && url
        ? { databaseUrl: url, dataDir: 'memory' }
        : { dataDir: 'memory' },
    );
  }
  return shared;
}

let counter = 0;
/** A slug or e-mail part no other test uses, in this run or an earlier one on the same server. */
export function unique(prefix: string): string {
  counter++;
  return `${prefix}-${Date.now().toString(36)}-${process.pid.toString(36)}-${counter}`;
}
