// Protection against cross-site requests. A browser sends the session cookie
// with any request to this server, also one that another site makes it send,
// so every unsafe request (POST, PUT, PATCH, DELETE) must show that it comes
// from this site:
//   - Sec-Fetch-Site (sent by every current browser) must be same-origin or none;
//   - without it, Origin must be this server's own origin;
//   - with neither, the request is refused: a script or tool sets Origin itself.
// The session cookie is also SameSite=Lax, and JSON bodies need a Content-Type
// that a plain HTML form cannot send; this check does not rely on either.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { errorResponse } from './errors';
import { ownOrigin } from './origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const refuseCrossSite: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const allowed =
    site !== undefined ? site === 'same-origin' || site === 'none' : origin === ownOrigin(c);
  if (!allowed) return errorResponse(c, 403, 'cross-site');
  return next();
};
