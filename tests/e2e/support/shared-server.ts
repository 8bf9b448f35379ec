// The shared server the browser tests of the shared workspace use: one per
// test run (its first start, initdb, takes seconds), on its own port with a
// fresh data folder and the built studio. Started by playwright.config.ts
// through start-shared-server.ts, seeded by the tests themselves through the
// administrator's API (shared-world.ts).
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const studioPort = Number(process.env.E2E_PORT ?? 4173);
/** E2E_SERVER_PORT, or the studio's test port + 4600 (4215 gives 8815). */
export const sharedServerPort = Number(process.env.E2E_SERVER_PORT ?? studioPort + 4600);
export const sharedServerUrl = `http://127.0.0.1:${sharedServerPort}`;
export const sharedServerData = join(tmpdir(), `kindreflex-e2e-${sharedServerPort}`);

export const ADMIN = {
  email: 'beheer@e2e.kindreflex.test',
  name: 'Beheer E2E',
  password: 'een-lang-wachtwoord-voor-de-e2e-tests',
};
