// GET /api/auth/oidc/start → the provider → GET /api/auth/oidc/callback.
// What must survive the round trip (state, nonce, PKCE verifier, where to go
// back to) travels in a short-lived HttpOnly cookie, so that any server
// process behind a load balancer can finish the sign-in.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env';
import { audit } from '../audit/log';
import { ApiError } from '../http/errors';
import { clientIp, isHttps, ownOrigin } from '../http/origin';
import { accountForIdentity, type OidcPending } from './oidc';
import { startSession } from './sessions';

const PENDING_COOKIE = 'kindreflex_oidc';

/** Only a path on this server: never an open redirect to another site. */
function safeReturnPath(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/editor/';
}

function callbackUri(c: Context<AppEnv>): string {
  return `${ownOrigin(c)}/api/auth/oidc/callback`;
}

function readPending(c: Context<AppEnv>): OidcPending | null {
  const raw = getCookie(c, PENDING_COOKIE);
  if (!raw) return null;
  try {
    const value = JSON.parse(
      Buffer.from(raw, 'base64url').toString('utf8'),
    ) as Partial<OidcPending>;
    const { state, nonce, verifier, returnTo } = value;
    return typeof state === 'string' && typeof nonce === 'string' && typeof verifier === 'string'
      ? { state, nonce, verifier, returnTo: safeReturnPath(returnTo) }
      : null;
  } catch {
    return null;
  }
}

function refusalPage(c: Context<AppEnv>, text: string, status: 400 | 403) {
  return c.html(
    `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Aanmelden mislukt</title>` +
      `<body style="font:16px/1.5 system-ui;max-width:32rem;margin:3rem auto"><h1>Aanmelden mislukt</h1>` +
      `<p>${text}</p><p><a href="/editor/">Terug naar de studio</a></p></body></html>`,
    status,
  );
}

export const oidcRoutes = new Hono<AppEnv>();

oidcRoutes.get('/start', async (c) => {
  const oidc = c.var.deps.oidc;
  if (!oidc) throw new ApiError(404, 'oidc-not-configured');
  const { url, pending } = await oidc.start(callbackUri(c), safeReturnPath(c.req.query('terug')));
  setCookie(c, PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
    httpOnly: true,
    sameSite: 'Lax', // the provider sends the browser back with a top-level GET
    secure: isHttps(c),
    path: '/api/auth/oidc/',
    maxAge: 600,
  });
  return c.redirect(url, 302);
});

oidcRoutes.get('/callback', async (c) => {
  const { oidc, db } = c.var.deps;
  if (!oidc) throw new ApiError(404, 'oidc-not-configured');
  const pending = readPending(c);
  deleteCookie(c, PENDING_COOKIE, { path: '/api/auth/oidc/', secure: isHttps(c) });
  if (!pending)
    return refusalPage(
      c,
      'De aanmelding duurde te lang of werd in een ander venster gestart. Probeer opnieuw.',
      400,
    );
  let identity;
  try {
    const here = new URL(c.req.url);
    identity = await oidc.finish(new URL(here.pathname + here.search, ownOrigin(c)), pending);
  } catch (error) {
    console.error('OIDC-aanmelding mislukt:', error instanceof Error ? error.message : error);
    return refusalPage(c, 'Je organisatie bevestigde de aanmelding niet. Probeer opnieuw.', 400);
  }
  const account = await accountForIdentity(db, identity);
  if (!account || account.disabled) {
    await audit(db, {
      actor: null,
      action: 'sign-in-failed',
      target: identity.email ?? identity.subject,
      details: { method: 'oidc' },
    });
    return refusalPage(
      c,
      'Er is op deze server geen account voor jou. Vraag een beheerder om je toe te voegen met je e-mailadres.',
      403,
    );
  }
  const ip = clientIp(c);
  await db.transaction(async (tx) => {
    await startSession(c, tx, account, { method: 'oidc', ip });
    await audit(tx, { actor: account, action: 'sign-in', details: { method: 'oidc', ip } });
  });
  return c.redirect(pending.returnTo, 302);
});
