// Runs before each server test file: opens the shared database in a hook,
// with the hook's longer timeout, so that PGlite's start-up (initdb, seconds
// on a busy machine) is not charged to whichever test happens to run first.
import { beforeAll } from 'vitest';
import { testDatabase } from './database';

beforeAll(async () => {
  await testDatabase();
}, 180_000);
