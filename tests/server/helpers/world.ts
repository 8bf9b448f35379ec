// A test world: the shared database, an app around it, and workspaces with
// members of every role. Accounts share one argon2id hash (made once) so that
// setting up a world costs milliseconds, not a hash per account.
import { readFileSync } from 'node:fs';
import { createApp } from '../../../server/app';
import type { AppDeps, Role } from '../../../server/app-env';
import { createAccount } from '../../../server/auth/accounts';
import { hashPassword } from '../../../server/auth/passwords';
import { loginLimiter } from '../../../server/auth/rate-limit';
import { configFromEnv, type ServerConfig } from '../../../server/config';
import type { Database } from '../../../server/db/database';
import { LiveHub } from '../../../server/live/hub';
import { createWorkspace, setMember } from '../../../server/workspaces/store';
import type { Card } from '../../../schema/types';
import { TestClient } from './client';
import { testDatabase, unique } from './database';

export const PASSWORD = 'correct paard batterij nietje';
let passwordHash: Promise<string> | null = null;

export const repoFile = (path: string) =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
export const sampleCard = (): Card =>
  JSON.parse(repoFile('samples/kindreflex-zuid-oost-vlaanderen.json')) as Card;
export const minimalCard = (): Card =>
  JSON.parse(repoFile('tests/fixtures/minimal-card.json')) as Card;

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...configFromEnv({ KINDREFLEX_DATA: 'memory', KINDREFLEX_DIST: '/nonexistent-dist' }),
    ...overrides,
  };
}

export async function testApp(overrides: Partial<AppDeps> = {}) {
  const db = await testDatabase();
  const deps: AppDeps = {
    db,
    config: testConfig(),
    hub: new LiveHub(),
    limiter: loginLimiter(),
    oidc: null,
    version: 'test',
    ...overrides,
  };
  return { app: createApp(deps), deps, db };
}

export async function addAccount(db: Database, options: { admin?: boolean; name?: string } = {}) {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${unique('p')}@example.be`;
  return createAccount(db, {
    email,
    name: options.name ?? email.split('@')[0]!,
    isAdmin: options.admin ?? false,
    passwordHash: await passwordHash,
  });
}

export function addWorkspace(db: Database) {
  return createWorkspace(db, unique('ws'), 'Testregio');
}

/** A workspace with a beheerder, a redacteur and a lezer, each signed in in their own client. */
export async function world(overrides: Partial<AppDeps> = {}) {
  const { app, deps, db } = await testApp(overrides);
  const workspace = await addWorkspace(db);
  const clients = {} as Record<Role, TestClient>;
  const accounts = {} as Record<Role, Awaited<ReturnType<typeof addAccount>>>;
  for (const role of ['beheerder', 'redacteur', 'lezer'] as const) {
    const account = await addAccount(db, {
      name: `${role[0]!.toUpperCase()}${role.slice(1)} Test`,
    });
    await setMember(db, workspace.id, account.id, role);
    accounts[role] = account;
    clients[role] = await new TestClient(app).signIn(account.email, PASSWORD);
  }
  const base = `/api/workspaces/${workspace.slug}`;
  return { app, deps, db, workspace, clients, accounts, base, anonymous: new TestClient(app) };
}
