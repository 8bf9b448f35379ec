// Rights, checked on the server for every request. The roles are ordered:
// a beheerder may do what a redacteur may, a redacteur what a lezer may. A
// server administrator is beheerder in every workspace. Someone who is not a
// member gets 404, as for a workspace that does not exist: the answer does not
// tell which workspaces there are.
import type { MiddlewareHandler } from 'hono';
import type { Account, AppEnv, Role } from './app-env';
import { ApiError } from './http/errors';
import { workspaceAndRole } from './workspaces/store';

const RANK: Record<Role, number> = { lezer: 1, redacteur: 2, beheerder: 3 };

export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

export function signedIn(account: Account | null): Account {
  if (!account) throw new ApiError(401, 'not-signed-in');
  return account;
}

/** For routes under /api/workspaces/:ws: sets `workspace` and `role`, or answers 401/404/403. */
export function requireRole(needed: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const account = signedIn(c.var.account);
    const db = c.var.deps.db;
    const found = await workspaceAndRole(db, c.req.param('ws') ?? '', account.id);
    if (!found) throw new ApiError(404, 'not-found');
    const { role: memberRole, ...workspace } = found;
    const role = account.isAdmin ? 'beheerder' : memberRole;
    if (!role) throw new ApiError(404, 'not-found');
    if (!roleAllows(role, needed)) throw new ApiError(403, 'forbidden', { needed, role });
    c.set('workspace', workspace);
    c.set('role', role);
    return next();
  };
}

export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const account = signedIn(c.var.account);
  if (!account.isAdmin) throw new ApiError(403, 'admin-only');
  return next();
};
