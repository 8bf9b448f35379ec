import { defineConfig } from 'vitest/config';

// The server tests run on the embedded PGlite always, and once more on a real
// PostgreSQL server when TEST_DATABASE_URL (or DATABASE_URL) is set, as .ci/run
// does: the same files, the database chosen by KINDREFLEX_TEST_DB. Each run uses
// one database for all its files (one worker, not isolated), since starting
// PGlite takes seconds; tests keep apart by unique workspace slugs.
const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

const serverProject = (database: 'pglite' | 'postgresql') => ({
  test: {
    name: `server-${database}`,
    include: ['tests/server/**/*.test.ts'],
    setupFiles: ['tests/server/helpers/setup.ts'],
    environment: 'node' as const,
    env: {
      KINDREFLEX_TEST_DB: database,
      ...(postgresUrl ? { TEST_DATABASE_URL: postgresUrl } : {}),
    },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    isolate: false,
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 30_000,
        },
      },
      serverProject('pglite'),
      ...(postgresUrl ? [serverProject('postgresql')] : []),
    ],
  },
});
