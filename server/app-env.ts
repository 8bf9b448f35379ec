// What every request handler can reach: the dependencies the app was made
// with, and who is asking (set by the session middleware).
import type { ServerConfig } from './config';
import type { Database } from './db/database';
import type { LiveHub } from './live/hub';
import type { LoginLimiter } from './auth/rate-limit';
import type { OidcSignIn } from './auth/oidc';

export const ROLES = ['lezer', 'redacteur', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

export interface Workspace {
  id: string;
  slug: string;
  name: string;
}

export interface AppDeps {
  db: Database;
  config: ServerConfig;
  hub: LiveHub;
  limiter: LoginLimiter;
  oidc: OidcSignIn | null;
  /** The server's version, as /api/health reports it. */
  version: string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    account: Account | null;
    sessionId: string | null;
    /** Set by requireRole on routes under /api/workspaces/:ws. */
    workspace: Workspace;
    role: Role;
  };
}
