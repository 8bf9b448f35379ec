// Starts the shared server for the browser tests: a fresh data folder, the
// first administrator added through the admin command (as the README tells a
// user to), then `npm run server` on the test port. Playwright stops it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { ADMIN, sharedServerData, sharedServerPort } from './shared-server';

const env = {
  ...process.env,
  PORT: String(sharedServerPort),
  HOST: '127.0.0.1',
  KINDREFLEX_DATA: sharedServerData,
};
const server = ['tsx', 'server/main.ts'];

rmSync(sharedServerData, { recursive: true, force: true });
mkdirSync(sharedServerData, { recursive: true });
const added = spawnSync(
  'npx',
  [...server, 'user', 'add', ADMIN.email, '--name', ADMIN.name, '--admin', '--password-stdin'],
  { env, input: ADMIN.password, stdio: ['pipe', 'inherit', 'inherit'] },
);
if (added.status !== 0) process.exit(added.status ?? 1);

const child = spawn('npx', server, { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
