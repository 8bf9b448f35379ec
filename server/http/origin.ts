// Where a request came from and whether it travelled over https, taking a
// reverse proxy's X-Forwarded-* headers into account only when the operator
// said there is one (KINDREFLEX_TRUST_PROXY=1): anyone can send those headers.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../app-env';

function forwarded(c: Context<AppEnv>, name: string): string | undefined {
  if (!c.var.deps.config.trustProxy) return undefined;
  return c.req.header(name)?.split(',')[0]?.trim() || undefined;
}

/** The origin the browser sees for this server: "https://kaarten.example.be". */
export function ownOrigin(c: Context<AppEnv>): string {
  const configured = c.var.deps.config.publicUrl;
  if (configured) return new URL(configured).origin;
  const url = new URL(c.req.url);
  const proto = forwarded(c, 'x-forwarded-proto') ?? url.protocol.replace(':', '');
  const host = forwarded(c, 'x-forwarded-host') ?? url.host;
  return `${proto}://${host}`;
}

export function isHttps(c: Context<AppEnv>): boolean {
  return ownOrigin(c).startsWith('https:');
}

/** The client's address, for rate limits and the session list. */
export function clientIp(c: Context<AppEnv>): string {
  const viaProxy = forwarded(c, 'x-forwarded-for');
  if (viaProxy) return viaProxy;
  try {
    return getConnInfo(c).remote.address ?? 'onbekend';
  } catch {
    return 'onbekend'; // app.request() in tests has no socket
  }
}
