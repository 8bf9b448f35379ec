// The server's answers when something is wrong: JSON with a Dutch and an
// English message, never a stack trace; bodies limited; cross-site refused.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import {
  NewerDatabaseError,
  appliedMigration,
  latestMigration,
  migrate,
  migrationFiles,
} from '../../server/db/migrate';
import { TestClient } from './helpers/client';
import { testDatabase, testDatabaseKind } from './helpers/database';
import { testApp, world } from './helpers/world';

interface ErrorReply {
  error: { code: string; message: { nl: string; en: string } };
}

describe('health and errors', () => {
  it('answers /api/health with the database in use', async () => {
    const { app } = await testApp();
    const reply = await new TestClient(app).get('/api/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ok: true, database: testDatabaseKind(), version: 'test' });
  });

  it('answers an unknown API route with JSON in Dutch and English', async () => {
    const { app } = await testApp();
    const reply = await new TestClient(app).get<ErrorReply>('/api/bestaat-niet');
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('unknown-route');
    expect(reply.body.error.message.nl).toMatch(/bestaat niet/);
    expect(reply.body.error.message.en).toMatch(/does not exist/);
  });

  it('refuses malformed JSON, a wrong content type and a huge body', async () => {
    const { clients, base } = await world();
    const client = clients.redacteur;
    const malformed = await client.raw('POST', `${base}/cards`, {
      body: '{"card": {',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorReply).error.code).toBe('bad-json');
    const form = await client.raw('POST', `${base}/cards`, {
      body: 'card=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const huge = await client.raw('POST', `${base}/cards`, {
      body: JSON.stringify({ card: { title: 'x'.repeat(6 * 1024 * 1024) } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorReply).error.message.nl).toMatch(/te groot/);
    const smallRoute = await client.raw('POST', '/api/auth/login', {
      body: JSON.stringify({ email: 'a@b.be', password: 'x'.repeat(100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(smallRoute.status).toBe(413);
  });

  it('answers an internal failure with a message, not a stack trace', async () => {
    const real = await testDatabase();
    const failing: Database = {
      ...real,
      query: () => Promise.reject(new Error('geheime details uit /srv/server/db.ts:42')),
    };
    const { app } = await testApp({ db: failing });
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const reply = await new TestClient(app).raw('GET', '/api/health');
      const text = await reply.text();
      expect(reply.status).toBe(500);
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal' } });
      expect(text).not.toMatch(/geheime|db\.ts|at /);
    } finally {
      console.error = log;
    }
    expect(errors).toHaveLength(1); // the details are in the server's log
  });

  it('refuses unsafe requests from another site', async () => {
    const { clients, base } = await world();
    const evil = { origin: 'https://kwaadaardig.example' };
    const fromOrigin = await clients.redacteur.raw('DELETE', `${base}/cards/x`, { headers: evil });
    expect(fromOrigin.status).toBe(403);
    const fromFetchMetadata = await clients.redacteur.raw('DELETE', `${base}/cards/x`, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fromFetchMetadata.status).toBe(403);
    expect(((await fromFetchMetadata.json()) as ErrorReply).error.code).toBe('cross-site');
    const sameSite = await clients.redacteur.raw('DELETE', `${base}/cards/x`, {
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(sameSite.status).toBe(404);
  });
});

describe('database migrations', () => {
  it('records the applied migrations and runs none twice', async () => {
    const db = await testDatabase();
    expect(await appliedMigration(db)).toBe(latestMigration());
    expect(await migrate(db)).toEqual([]);
  });

  it('refuses a database that a newer server migrated further, in Dutch', async () => {
    const db = await testDatabase();
    const older = migrationFiles().slice(0, -1);
    const error = await migrate(db, older).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as Error).message).toMatch(/Werk de server bij/);
  });
});
