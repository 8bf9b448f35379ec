// Sign-in through the organisation's identity provider, against a local
// oidc-provider: an account that exists signs in (and is linked), an unknown
// one is refused, and the return address cannot lead off the site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcSignIn } from '../../server/auth/oidc';
import { TestClient } from './helpers/client';
import { unique } from './helpers/database';
import { CLIENT, startProvider, throughProvider } from './helpers/oidc-provider';
import { addAccount, testApp } from './helpers/world';

const CALLBACK = 'http://localhost/api/auth/oidc/callback';
let provider: Awaited<ReturnType<typeof startProvider>>;

beforeAll(async () => {
  provider = await startProvider(CALLBACK);
});
afterAll(() => provider.close());

async function appWithOidc() {
  return testApp({
    oidc: oidcSignIn({
      issuer: provider.issuer,
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      label: 'de testorganisatie',
      allowInsecure: true,
    }),
  });
}

async function signInThroughProvider(client: TestClient, returnTo = '/editor/kaart') {
  const start = await client.raw(
    'GET',
    `/api/auth/oidc/start?terug=${encodeURIComponent(returnTo)}`,
  );
  expect(start.status).toBe(302);
  const back = await throughProvider(start.headers.get('location')!, CALLBACK);
  return client.raw('GET', back.pathname + back.search);
}

describe('OpenID Connect sign-in', () => {
  it('signs in an existing account by its verified e-mail address, and links it', async () => {
    const { app, db } = await appWithOidc();
    const account = await addAccount(db);
    const sub = unique('sub');
    provider.signInAs({ sub, email: account.email, email_verified: true, name: 'Via Organisatie' });
    const client = new TestClient(app);
    const done = await signInThroughProvider(client);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/editor/kaart');
    const me = await client.get<{ account: { id: string } }>('/api/auth/me');
    expect(me.body.account.id).toBe(account.id);
    const sessions = await client.get<{ sessions: { method: string }[] }>('/api/auth/sessions');
    expect(sessions.body.sessions[0]!.method).toBe('oidc');
    // Linked: the next sign-in finds the account by subject, even with another address.
    provider.signInAs({ sub, email: 'ander.adres@example.be', email_verified: true, name: 'x' });
    const again = new TestClient(app);
    await signInThroughProvider(again);
    expect((await again.get<{ account: { id: string } }>('/api/auth/me')).body.account.id).toBe(
      account.id,
    );
  });

  it('refuses someone without an account, and an unverified address', async () => {
    const { app, db } = await appWithOidc();
    provider.signInAs({
      sub: unique('sub'),
      email: 'onbekend@example.be',
      email_verified: true,
      name: 'x',
    });
    const stranger = new TestClient(app);
    const refused = await signInThroughProvider(stranger);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/geen account voor jou/);
    expect((await stranger.get('/api/auth/me')).status).toBe(401);

    const account = await addAccount(db);
    provider.signInAs({
      sub: unique('sub'),
      email: account.email,
      email_verified: false,
      name: 'x',
    });
    const unverified = await signInThroughProvider(new TestClient(app));
    expect(unverified.status).toBe(403);
  });

  it('goes back only to a path on this server', async () => {
    const { app, db } = await appWithOidc();
    const account = await addAccount(db);
    provider.signInAs({
      sub: unique('sub'),
      email: account.email,
      email_verified: true,
      name: 'x',
    });
    const done = await signInThroughProvider(new TestClient(app), '//kwaad.example/pad');
    expect(done.headers.get('location')).toBe('/editor/');
  });

  it('refuses a callback without the sign-in it started', async () => {
    const { app } = await appWithOidc();
    const reply = await new TestClient(app).raw('GET', '/api/auth/oidc/callback?code=x&state=y');
    expect(reply.status).toBe(400);
  });

  it('says when it is not configured', async () => {
    const { app } = await testApp();
    const client = new TestClient(app);
    expect((await client.get('/api/auth/config')).body).toEqual({ password: true, oidc: null });
    expect((await client.raw('GET', '/api/auth/oidc/start')).status).toBe(404);
  });
});
