// The server's settings, from environment variables only (twelve-factor), so
// the same build runs on a laptop and behind a reverse proxy.
import { resolve } from 'node:path';
import type { DatabaseConfig } from './db/open';

export interface OidcConfig {
  /** The identity provider's issuer URL (its discovery document is below it). */
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** Shown on the sign-in button: "Aanmelden met …". */
  label: string;
  /** Allow http:// issuers: only for a provider on this machine (tests, a trial). */
  allowInsecure: boolean;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** The address users reach, e.g. https://kaarten.example.be: for links and the origin check. */
  publicUrl?: string;
  /** Believe X-Forwarded-Proto/-For/-Host: only behind a reverse proxy that sets them. */
  trustProxy: boolean;
  distDir: string;
  database: DatabaseConfig;
  oidc?: OidcConfig;
  sessionDays: number;
}

type Env = Record<string, string | undefined>;

export function configFromEnv(env: Env = process.env): ServerConfig {
  const oidc: OidcConfig | undefined =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          ...(env.OIDC_CLIENT_SECRET ? { clientSecret: env.OIDC_CLIENT_SECRET } : {}),
          label: env.OIDC_LABEL ?? 'je organisatie',
          allowInsecure: env.OIDC_ALLOW_HTTP === '1',
        }
      : undefined;
  return {
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '127.0.0.1',
    ...(env.KINDREFLEX_PUBLIC_URL
      ? { publicUrl: env.KINDREFLEX_PUBLIC_URL.replace(/\/+$/, '') }
      : {}),
    trustProxy: env.KINDREFLEX_TRUST_PROXY === '1',
    distDir: resolve(env.KINDREFLEX_DIST ?? 'dist'),
    database: {
      ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
      dataDir: env.KINDREFLEX_DATA === 'memory' ? 'memory' : resolve(env.KINDREFLEX_DATA ?? 'data'),
    },
    ...(oidc ? { oidc } : {}),
    sessionDays: Number(env.KINDREFLEX_SESSION_DAYS ?? 14),
  };
}
