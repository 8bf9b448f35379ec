// Signing in with e-mail and password, signing out, who am I, and the
// account's own sessions.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { audit } from '../audit/log';
import { readJson, stringField } from '../http/body';
import { ApiError } from '../http/errors';
import { clientIp } from '../http/origin';
import { signedIn } from '../rights';
import { workspacesOf } from '../workspaces/store';
import { findAccountByEmail, normaliseEmail } from './accounts';
import { MAX_PASSWORD_LENGTH, verifyNothing, verifyPassword } from './passwords';
import { clearSessionCookie, listSessions, revokeSession, startSession } from './sessions';

export const loginRoutes = new Hono<AppEnv>();

loginRoutes.post('/login', async (c) => {
  const { db, limiter } = c.var.deps;
  const body = await readJson(c);
  const email = normaliseEmail(stringField(body, 'email', 254));
  const password = stringField(body, 'password', MAX_PASSWORD_LENGTH);
  const ip = clientIp(c);
  const wait = Math.max(limiter.perAccount.retryAfter(email), limiter.perIp.retryAfter(ip));
  if (wait > 0) {
    c.header('Retry-After', String(wait));
    throw new ApiError(429, 'too-many-attempts', { retryAfter: wait });
  }
  const account = await findAccountByEmail(db, email);
  const usable = account && !account.disabled && account.passwordHash ? account : null;
  const ok = usable ? await verifyPassword(usable.passwordHash!, password) : false;
  if (!usable) await verifyNothing(password);
  if (!ok || !usable) {
    limiter.perAccount.fail(email);
    limiter.perIp.fail(ip);
    await audit(db, { actor: null, action: 'sign-in-failed', target: email, details: { ip } });
    throw new ApiError(401, 'bad-credentials');
  }
  limiter.perAccount.clear(email);
  await db.transaction(async (tx) => {
    await startSession(c, tx, usable, { method: 'password', ip });
    await audit(tx, { actor: usable, action: 'sign-in', details: { method: 'password', ip } });
  });
  const { id, name, isAdmin } = usable;
  return c.json({
    account: { id, email, name, isAdmin },
    workspaces: await workspacesOf(db, usable),
  });
});

loginRoutes.post('/logout', async (c) => {
  const account = signedIn(c.var.account);
  const { db } = c.var.deps;
  await db.transaction(async (tx) => {
    await revokeSession(tx, account.id, c.var.sessionId ?? '');
    await audit(tx, { actor: account, action: 'sign-out' });
  });
  clearSessionCookie(c);
  return c.body(null, 204);
});

loginRoutes.get('/me', async (c) => {
  const account = signedIn(c.var.account);
  return c.json({ account, workspaces: await workspacesOf(c.var.deps.db, account) });
});

loginRoutes.get('/sessions', async (c) => {
  const account = signedIn(c.var.account);
  return c.json({ sessions: await listSessions(c.var.deps.db, account.id, c.var.sessionId) });
});

loginRoutes.delete('/sessions/:id', async (c) => {
  const account = signedIn(c.var.account);
  const id = c.req.param('id');
  const { db } = c.var.deps;
  const revoked = await db.transaction(async (tx) => {
    if (!(await revokeSession(tx, account.id, id))) return false;
    await audit(tx, { actor: account, action: 'session-revoked', target: id });
    return true;
  });
  if (!revoked) throw new ApiError(404, 'not-found');
  if (id === c.var.sessionId) clearSessionCookie(c);
  return c.body(null, 204);
});
