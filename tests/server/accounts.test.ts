// A forgotten password (a new one-time link, from the command line or from a
// beheerder) and disabled accounts (no sign-in, sessions ended at once).
import { describe, expect, it } from 'vitest';
import { userDisable, userEnable, userResetPassword } from '../../server/cli/account-commands';
import { setMember } from '../../server/workspaces/store';
import { TestClient } from './helpers/client';
import { PASSWORD, addAccount, addWorkspace, world } from './helpers/world';

const NEW_PASSWORD = 'een nieuw en lang wachtwoord';
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

describe('a forgotten password', () => {
  it('gets a new one-time link from the command line; the new password ends old sessions', async () => {
    const { db, app, clients, accounts } = await world();
    const output = await userResetPassword(db, accounts.redacteur.email, 'https://kaarten.test');
    const link = /https:\/\/kaarten\.test\/wachtwoord\?token=[\w-]{43}/.exec(output)![0];
    const second = await userResetPassword(db, accounts.redacteur.email, 'https://kaarten.test');
    expect(second).not.toContain(tokenOf(link));
    // Only the newest link works.
    const old = await clients.redacteur.post('/api/auth/password', {
      token: tokenOf(link),
      password: NEW_PASSWORD,
    });
    expect(old.status).toBe(400);
    const newest = /token=([\w-]{43})/.exec(second)![1]!;
    const chosen = await new TestClient(app).post('/api/auth/password', {
      token: newest,
      password: NEW_PASSWORD,
    });
    expect(chosen.status).toBe(204);
    expect((await clients.redacteur.get('/api/auth/me')).status).toBe(401);
    await new TestClient(app).signIn(accounts.redacteur.email, NEW_PASSWORD);
    await expect(userResetPassword(db, 'niemand@example.be', 'https://x')).rejects.toThrow(
      /geen account/,
    );
  });

  it('gets a new link from a beheerder, for members of their own workspaces only', async () => {
    const { db, clients, base, accounts, workspace } = await world();
    const reply = await clients.beheerder.post<{ passwordLink: string }>(
      `${base}/members/${accounts.lezer.id}/password-link`,
      {},
    );
    expect(reply.status).toBe(201);
    expect(reply.body.passwordLink).toMatch(/^http:\/\/localhost\/wachtwoord\?token=/);
    // Someone who is also a member elsewhere, or a server administrator: not theirs to reset.
    const elsewhere = await addWorkspace(db);
    await setMember(db, elsewhere.id, accounts.lezer.id, 'lezer');
    const refused = await clients.beheerder.post<{ error: { code: string } }>(
      `${base}/members/${accounts.lezer.id}/password-link`,
      {},
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('reset-not-allowed');
    const admin = await addAccount(db, { admin: true });
    await setMember(db, workspace.id, admin.id, 'lezer');
    expect(
      (await clients.beheerder.post(`${base}/members/${admin.id}/password-link`, {})).status,
    ).toBe(403);
    const stranger = await addAccount(db);
    expect(
      (await clients.beheerder.post(`${base}/members/${stranger.id}/password-link`, {})).status,
    ).toBe(404);
  });
});

describe('a disabled account', () => {
  it('cannot sign in, its sessions end at once, and it can be enabled again', async () => {
    const { db, app, clients, base, accounts } = await world();
    const email = accounts.redacteur.email;
    expect(await userDisable(db, email)).toMatch(/uitgeschakeld: .* 1 sessie/);
    expect((await clients.redacteur.get('/api/auth/me')).status).toBe(401);
    const signIn = await new TestClient(app).post('/api/auth/login', { email, password: PASSWORD });
    expect(signIn.status).toBe(401);
    const members = await clients.beheerder.get<{
      members: { email: string; disabled: boolean }[];
    }>(`${base}/members`);
    expect(members.body.members.find((m) => m.email === email)?.disabled).toBe(true);
    const link = await clients.beheerder.post<{ error: { code: string } }>(
      `${base}/members/${accounts.redacteur.id}/password-link`,
      {},
    );
    expect(link.body.error.code).toBe('account-disabled');
    await expect(userResetPassword(db, email, 'https://x')).rejects.toThrow(/uitgeschakeld/);
    expect(await userDisable(db, email)).toMatch(/al uitgeschakeld/);

    expect(await userEnable(db, email)).toMatch(/weer ingeschakeld/);
    await new TestClient(app).signIn(email, PASSWORD);
  });

  it('warns when a workspace is left without a beheerder', async () => {
    const { db, accounts } = await world();
    expect(await userDisable(db, accounts.beheerder.email)).toMatch(/geen beheerder meer/);
  });
});
