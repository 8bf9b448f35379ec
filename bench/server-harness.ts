// A real server on a loopback port for the benchmark: the app as `npm run
// server` builds it, on a database of the caller's choice, with accounts of
// one workspace signed in over HTTP like browsers.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app';
import type { Role } from '../server/app-env';
import { createAccount } from '../server/auth/accounts';
import { hashPassword } from '../server/auth/passwords';
import { loginLimiter } from '../server/auth/rate-limit';
import { configFromEnv } from '../server/config';
import type { Database } from '../server/db/database';
import { LiveHub } from '../server/live/hub';
import { createWorkspace, setMember } from '../server/workspaces/store';

const PASSWORD = 'benchmark wachtwoord lang genoeg';

export interface BenchServer {
  base: string;
  workspace: string;
  /** Signs in a new account with the role; returns its cookie and origin headers. */
  editor(role?: Role): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function startBenchServer(db: Database): Promise<BenchServer> {
  const config = configFromEnv({ KINDREFLEX_DATA: 'memory', KINDREFLEX_DIST: '/nonexistent' });
  const limiter = loginLimiter();
  const app = createApp({ db, config, hub: new LiveHub(), limiter, oidc: null, version: 'bench' });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: Number(process.env.BENCH_SERVER_PORT ?? 0), hostname: '127.0.0.1' },
      () => resolve(s),
    );
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const slug = `bench-${Date.now().toString(36)}`;
  const workspace = await createWorkspace(db, slug, 'Benchmark');
  const passwordHash = await hashPassword(PASSWORD);
  let n = 0;
  return {
    base,
    workspace: slug,
    async editor(role: Role = 'redacteur') {
      const email = `redacteur${++n}-${slug}@example.be`;
      const account = await createAccount(db, { email, name: `Redacteur ${n}`, passwordHash });
      await setMember(db, workspace.id, account.id, role);
      const response = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
      const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
      return { cookie, origin: base, 'content-type': 'application/json' };
    },
    async close() {
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
