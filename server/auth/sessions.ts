// Sessions: a random token in an HttpOnly cookie, its hash in the database.
// A session lasts `sessionDays` (14 by default) and can be revoked from the
// session list; signing out deletes it.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Account, AppEnv } from '../app-env';
import type { Queryable } from '../db/database';
import { isHttps } from '../http/origin';
import { newId, newSecret, secretHash } from '../ids';

export const SESSION_COOKIE = 'kindreflex_sessie';

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string;
  ip: string;
  method: string;
  current: boolean;
}

export async function startSession(
  c: Context<AppEnv>,
  db: Queryable,
  account: Account,
  details: { method: 'password' | 'oidc'; ip: string },
): Promise<string> {
  const token = newSecret();
  const id = newId('s');
  const days = c.var.deps.config.sessionDays;
  await db.query(
    `INSERT INTO sessions (id, token_hash, account_id, expires_at, user_agent, ip, method)
     VALUES ($1, $2, $3, now() + make_interval(days => $4), $5, $6, $7)`,
    [
      id,
      secretHash(token),
      account.id,
      days,
      (c.req.header('user-agent') ?? '').slice(0, 300),
      details.ip,
      details.method,
    ],
  );
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    // Lax, not Strict: a colleague's link to a card must open signed in.
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: days * 24 * 3600,
  });
  return id;
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

interface SessionAccountRow {
  session_id: string;
  stale: boolean;
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
}

/** Sets `account` and `sessionId` from the cookie; both null without a valid session. */
export const readSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('account', null);
  c.set('sessionId', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token && token.length < 100) {
    const db = c.var.deps.db;
    const rows = await db.query<SessionAccountRow>(
      `SELECT s.id AS session_id, s.last_seen_at < now() - interval '1 minute' AS stale,
              a.id, a.email, a.name, a.is_admin
       FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
      [secretHash(token)],
    );
    const row = rows[0];
    if (row) {
      c.set('account', { id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin });
      c.set('sessionId', row.session_id);
      // "Last seen" for the session list, to the minute: not a write on every request.
      if (row.stale)
        await db.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    }
  }
  return next();
};

export async function listSessions(
  db: Queryable,
  accountId: string,
  currentId: string | null,
): Promise<SessionInfo[]> {
  const rows = await db.query<{
    id: string;
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
    user_agent: string;
    ip: string;
    method: string;
  }>(
    `SELECT id, created_at, last_seen_at, expires_at, user_agent, ip, method FROM sessions
     WHERE account_id = $1 AND expires_at > now() ORDER BY last_seen_at DESC`,
    [accountId],
  );
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at.toISOString(),
    lastSeenAt: r.last_seen_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    userAgent: r.user_agent,
    ip: r.ip,
    method: r.method,
    current: r.id === currentId,
  }));
}

/** Deletes one of the account's own sessions; false when it has no such session. */
export async function revokeSession(db: Queryable, accountId: string, id: string) {
  const rows = await db.query(
    'DELETE FROM sessions WHERE id = $1 AND account_id = $2 RETURNING id',
    [id, accountId],
  );
  return rows.length > 0;
}
