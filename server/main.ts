// npm run server [-- COMMAND …]: starts the server, or runs an administrator
// command against the same database. Messages in Dutch; exit code 1 on error.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { oidcSignIn } from './auth/oidc';
import { loginLimiter } from './auth/rate-limit';
import { writeBackup } from './backup/backup';
import { restoreBackup } from './backup/restore';
import {
  CommandError,
  checkUserAdd,
  userAdd,
  workspaceAdd,
  type UserAddInput,
} from './cli/admin-commands';
import { userDisable, userEnable, userResetPassword } from './cli/account-commands';
import { USAGE } from './cli/usage';
import { configFromEnv, type ServerConfig } from './config';
import type { Database } from './db/database';
import { openDatabase } from './db/open';
import { LiveHub } from './live/hub';
import { NOT_BUILT_NL, distMissing } from './static';

const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function baseUrl(config: ServerConfig): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

async function startServer(config: ServerConfig): Promise<void> {
  const started = performance.now();
  const db = await openDatabase(config.database);
  const where =
    db.kind === 'pglite'
      ? `ingebouwde database in ${config.database.dataDir}`
      : 'PostgreSQL-server';
  console.log(`Database: ${where} (klaar in ${Math.round(performance.now() - started)} ms)`);
  if (distMissing(config.distDir)) console.warn(`Let op: ${NOT_BUILT_NL}`);
  const app = createApp({
    db,
    config,
    hub: new LiveHub(),
    limiter: loginLimiter(),
    oidc: config.oidc ? oidcSignIn(config.oidc) : null,
    version: VERSION,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    console.log(`Kindreflex Studio-server ${VERSION} luistert op ${baseUrl(config)}`);
    console.log(
      `  studio: ${baseUrl(config)}/editor/   viewer: ${baseUrl(config)}/viewer/   API: ${baseUrl(config)}/api/health`,
    );
  });
  const stop = () => {
    console.log('Server stopt…');
    // Open event streams would keep close() waiting: end them.
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => void db.close().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function runCommand(args: string[], config: ServerConfig): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      admin: { type: 'boolean', default: false },
      name: { type: 'string' },
      workspace: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const [command, sub, ...rest] = positionals;
  let task: ((db: Database) => Promise<string>) | null = null;
  if (command === 'user' && sub === 'add' && rest.length === 1) {
    const input: UserAddInput = {
      email: rest[0]!,
      admin: values.admin,
      ...(values.name ? { name: values.name } : {}),
      ...(values.workspace ? { workspace: values.workspace } : {}),
      ...(values.role ? { role: values.role } : {}),
      ...(values['password-stdin'] ? { password: await readStdin() } : {}),
    };
    checkUserAdd(input);
    task = (db) => userAdd(db, input, baseUrl(config));
  } else if (command === 'user' && sub === 'reset-password' && rest.length === 1) {
    task = (db) => userResetPassword(db, rest[0]!, baseUrl(config));
  } else if (command === 'user' && sub === 'disable' && rest.length === 1) {
    task = (db) => userDisable(db, rest[0]!);
  } else if (command === 'user' && sub === 'enable' && rest.length === 1) {
    task = (db) => userEnable(db, rest[0]!);
  } else if (command === 'workspace' && sub === 'add' && rest.length === 2) {
    task = (db) => workspaceAdd(db, rest[0]!, rest[1]!);
  } else if (command === 'backup' && sub && rest.length === 0) {
    task = async (db) => {
      const { rows } = await writeBackup(db, sub);
      return `Back-up geschreven naar ${sub} (${rows} rijen, zonder sessies).`;
    };
  } else if (command === 'restore' && sub && rest.length === 0) {
    task = async (db) => {
      const { rows } = await restoreBackup(db, sub);
      return `Back-up ${sub} teruggezet (${rows} rijen). Iedereen moet opnieuw aanmelden.`;
    };
  }
  if (!task) throw new CommandError(USAGE);
  const db = await openDatabase(config.database);
  try {
    return await task(db);
  } finally {
    await db.close();
  }
}

const args = process.argv.slice(2);
const config = configFromEnv();
try {
  if (args.length === 0 || args[0] === 'start') await startServer(config);
  else if (args[0] === 'help' || args[0] === '--help') console.log(USAGE);
  else console.log(await runCommand(args, config));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
