// The machinery of the table-driven rights tests: every endpoint, for every
// role, in the own workspace and in another one, for an administrator and
// without a session. Each case gets fresh things to act on, so that a case
// never depends on what an earlier one did.
import type { Role } from '../../../server/app-env';
import { roleAllows } from '../../../server/rights';
import { setMember } from '../../../server/workspaces/store';
import { TestClient } from './client';
import { PASSWORD, addAccount, addWorkspace, world } from './world';

export interface Endpoint<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: (t: T) => string;
  /**
   * Workspace role needed; 'admin' for server administrators; 'account' for any
   * signed-in account; 'anyone' for public addresses (no session needed).
   */
  needs: Role | 'admin' | 'account' | 'anyone';
  ok: number;
  body?: (t: T) => unknown;
  /** Not JSON (an event stream, CSV, HTML): only the status is read. */
  raw?: boolean;
}

export type Actor = Role | 'admin' | 'none';
export type Scope = 'own' | 'other';

export function expected<T>(endpoint: Endpoint<T>, actor: Actor, scope: Scope): number {
  if (endpoint.needs === 'anyone') return endpoint.ok;
  if (actor === 'none') return 401;
  if (actor === 'admin' || endpoint.needs === 'account') return endpoint.ok;
  if (endpoint.needs === 'admin') return 403;
  if (scope === 'other') return 404; // not a member: as if the workspace did not exist
  return roleAllows(actor, endpoint.needs) ? endpoint.ok : 403;
}

export async function call<T>(client: TestClient, endpoint: Endpoint<T>, t: T): Promise<number> {
  const path = endpoint.path(t);
  const body = endpoint.body?.(t);
  if (endpoint.raw) {
    const response = await client.raw('GET', path);
    await response.body?.cancel();
    return response.status;
  }
  return (await client.json(endpoint.method, path, body)).status;
}

const ACTORS: Actor[] = ['beheerder', 'redacteur', 'lezer', 'admin', 'none'];

/** One case per endpoint, actor and scope; `placeholder` names the path's parts in the title. */
export function rightsCases<T, E extends Endpoint<T>>(endpoints: readonly E[], placeholder: T) {
  return endpoints.flatMap((endpoint) =>
    ACTORS.flatMap((actor) =>
      (['own', 'other'] as const)
        .filter((scope) => scope === 'own' || (actor !== 'none' && actor !== 'admin'))
        .map((scope) => ({
          endpoint,
          actor,
          scope,
          name: `${endpoint.method} ${endpoint.path(placeholder)}`,
        })),
    ),
  );
}

/** A workspace with every role, another workspace with its own beheerder, and an administrator. */
export async function rightsWorld() {
  const w = await world();
  const other = await addWorkspace(w.db);
  const otherBeheerder = await addAccount(w.db);
  await setMember(w.db, other.id, otherBeheerder.id, 'beheerder');
  const adminAccount = await addAccount(w.db, { admin: true });
  const admin = await new TestClient(w.app).signIn(adminAccount.email, PASSWORD);
  const clientOf = (actor: Actor) =>
    actor === 'none' ? w.anonymous : actor === 'admin' ? admin : w.clients[actor];
  return { w, other, otherBeheerder, admin, clientOf };
}
