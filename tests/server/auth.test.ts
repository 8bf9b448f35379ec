// Signing in: argon2id, at least 12 characters, rate limits per account and
// per IP, the session cookie, sessions listed and revoked, the one-time link.
import { describe, expect, it } from 'vitest';
import { createPasswordToken, findAccountByEmail } from '../../server/auth/accounts';
import { SESSION_COOKIE } from '../../server/auth/sessions';
import { TestClient } from './helpers/client';
import { PASSWORD, addAccount, testApp, testConfig } from './helpers/world';

describe('sign-in with e-mail and password', () => {
  it('signs in, sets an HttpOnly SameSite cookie, and signs out', async () => {
    const { app, db } = await testApp();
    const account = await addAccount(db);
    const client = new TestClient(app);
    const reply = await client.raw('POST', '/api/auth/login', {
      body: JSON.stringify({ email: account.email.toUpperCase(), password: PASSWORD }),
      headers: { 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(200);
    const cookie = reply.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('marks the cookie Secure behind an https proxy it trusts, and only then', async () => {
    const { app: trusting, db } = await testApp({ config: testConfig({ trustProxy: true }) });
    const { app: plain } = await testApp();
    const account = await addAccount(db);
    for (const [app, secure] of [
      [trusting, true],
      [plain, false],
    ] as const) {
      const reply = await new TestClient(app, { 'x-forwarded-proto': 'https' }).raw(
        'POST',
        '/api/auth/login',
        {
          body: JSON.stringify({ email: account.email, password: PASSWORD }),
          headers: {
            'content-type': 'application/json',
            origin: secure ? 'https://localhost' : 'http://localhost',
          },
        },
      );
      expect(reply.status).toBe(200);
      expect(reply.headers.getSetCookie().join()).toMatch(secure ? /Secure/ : /^(?!.*Secure)/);
    }
  });

  it('stores argon2id hashes and answers a wrong password like an unknown account', async () => {
    const { app, db } = await testApp();
    const account = await addAccount(db);
    const stored = await findAccountByEmail(db, account.email);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    const client = new TestClient(app);
    const wrong = await client.post<{ error: { code: string } }>('/api/auth/login', {
      email: account.email,
      password: 'niet het goede wachtwoord',
    });
    const unknown = await client.post<{ error: { code: string } }>('/api/auth/login', {
      email: 'niemand@example.be',
      password: 'niet het goede wachtwoord',
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('locks an account after 5 failed attempts, even for the right password', async () => {
    const { app, db } = await testApp();
    const account = await addAccount(db);
    for (let i = 0; i < 5; i++) {
      const client = new TestClient(app, { 'x-forwarded-for': `10.0.0.${i}` });
      expect(
        (
          await client.post('/api/auth/login', {
            email: account.email,
            password: 'fout wachtwoord!',
          })
        ).status,
      ).toBe(401);
    }
    const locked = await new TestClient(app).post<{ error: { code: string } }>('/api/auth/login', {
      email: account.email,
      password: PASSWORD,
    });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(locked.body.error.code).toBe('too-many-attempts');
  });

  it('limits attempts per IP address across accounts', async () => {
    const { app, db } = await testApp({ config: testConfig({ trustProxy: true }) });
    const client = new TestClient(app, { 'x-forwarded-for': '192.0.2.7' });
    for (let i = 0; i < 30; i++)
      await client.post('/api/auth/login', {
        email: `gok${i}@example.be`,
        password: 'fout wachtwoord!',
      });
    const account = await addAccount(db);
    expect(
      (await client.post('/api/auth/login', { email: account.email, password: PASSWORD })).status,
    ).toBe(429);
    const elsewhere = new TestClient(app, { 'x-forwarded-for': '192.0.2.8' });
    expect(
      (await elsewhere.post('/api/auth/login', { email: account.email, password: PASSWORD }))
        .status,
    ).toBe(200);
  });

  it('lists the own sessions and revokes one, which signs that browser out', async () => {
    const { app, db } = await testApp();
    const account = await addAccount(db);
    const laptop = await new TestClient(app, { 'user-agent': 'Laptop' }).signIn(
      account.email,
      PASSWORD,
    );
    const phone = await new TestClient(app, { 'user-agent': 'Telefoon' }).signIn(
      account.email,
      PASSWORD,
    );
    const { body } = await laptop.get<{
      sessions: { id: string; userAgent: string; current: boolean }[];
    }>('/api/auth/sessions');
    expect(body.sessions.map((s) => s.userAgent).sort()).toEqual(['Laptop', 'Telefoon']);
    const phoneSession = body.sessions.find((s) => s.userAgent === 'Telefoon')!;
    expect(phoneSession.current).toBe(false);
    expect((await laptop.delete(`/api/auth/sessions/${phoneSession.id}`)).status).toBe(204);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    const other = await addAccount(db);
    const stranger = await new TestClient(app).signIn(other.email, PASSWORD);
    const mine = body.sessions.find((s) => s.current)!;
    expect((await stranger.delete(`/api/auth/sessions/${mine.id}`)).status).toBe(404);
  });
});

describe('choosing a password through the one-time link', () => {
  it('refuses a short password, sets a long one once, and the link works only once', async () => {
    const { app, db } = await testApp();
    const account = await addAccount(db);
    const token = await createPasswordToken(db, account.id);
    const client = new TestClient(app);
    const page = await client.raw('GET', `/wachtwoord?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Wachtwoord kiezen');
    const short = await client.post<{ error: { code: string } }>('/api/auth/password', {
      token,
      password: 'te kort',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('weak-password');
    const form = (password: string) =>
      client.raw('POST', '/wachtwoord', {
        body: new URLSearchParams({ token, password, repeat: password }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const done = await form('een nieuw en lang wachtwoord');
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Je wachtwoord is bewaard');
    await client.signIn(account.email, 'een nieuw en lang wachtwoord');
    const again = await form('nog een ander lang wachtwoord');
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('ongeldig, al gebruikt of verlopen');
  });
});
