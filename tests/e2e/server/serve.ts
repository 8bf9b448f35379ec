// The shared server for browser tests, in one process: an in-memory database
// with one workspace and its beheerder (a server administrator), the built
// studio and viewer from dist/, on a free port (or E2E_SERVER_PORT). Prints
// "READY <port>" once it listens. Started by tests/e2e/server/shared-server.ts.
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../../server/app';
import { createAccount } from '../../../server/auth/accounts';
import { hashPassword } from '../../../server/auth/passwords';
import { loginLimiter } from '../../../server/auth/rate-limit';
import { configFromEnv } from '../../../server/config';
import { openDatabase } from '../../../server/db/open';
import { LiveHub } from '../../../server/live/hub';
import { createWorkspace, setMember } from '../../../server/workspaces/store';
import { E2E_ADMIN, E2E_WORKSPACE } from './accounts';

const db = await openDatabase({ dataDir: 'memory' });
const workspace = await createWorkspace(db, E2E_WORKSPACE.slug, E2E_WORKSPACE.name);
const admin = await createAccount(db, {
  email: E2E_ADMIN.email,
  name: E2E_ADMIN.name,
  isAdmin: true,
  passwordHash: await hashPassword(E2E_ADMIN.password),
});
await setMember(db, workspace.id, admin.id, 'beheerder');
const port = Number(process.env.E2E_SERVER_PORT ?? 0);
const config = { ...configFromEnv({}), port, distDir: resolve('dist') };
const app = createApp({
  db,
  config,
  hub: new LiveHub(),
  limiter: loginLimiter(),
  oidc: null,
  version: 'e2e',
});
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`READY ${info.port}`);
});
