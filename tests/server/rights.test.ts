// Rights, table-driven: every endpoint, for every role, in the own workspace
// and in another one, for an administrator and without a session. Each case
// gets fresh things to act on (a card, a version, a card in the bin, a member),
// so that a case never depends on what an earlier one did.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/app-env';
import { createVersion } from '../../server/cards/history';
import { createCard, moveToBin } from '../../server/cards/store';
import { acceptCard } from '../../server/cards/accept';
import { roleAllows } from '../../server/rights';
import { setMember } from '../../server/workspaces/store';
import { TestClient } from './helpers/client';
import { unique } from './helpers/database';
import { PASSWORD, addAccount, addWorkspace, minimalCard, world } from './helpers/world';

type World = Awaited<ReturnType<typeof world>>;
interface Target {
  ws: string;
  card: string;
  binned: string;
  version: string;
  member: string;
}
interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: (t: Target) => string;
  /** Workspace role needed; 'admin' for server administrators; 'account' for any signed-in account. */
  needs: Role | 'admin' | 'account';
  ok: number;
  body?: (t: Target) => unknown;
  /** Not JSON (an event stream, CSV): only the status is read. */
  raw?: boolean;
}

const card = () => ({ ...minimalCard(), id: unique('kaart') });
const ws = (t: Target) => `/api/workspaces/${t.ws}`;

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: () => '/api/auth/me', needs: 'account', ok: 200 },
  { method: 'GET', path: () => '/api/auth/sessions', needs: 'account', ok: 200 },
  { method: 'GET', path: () => '/api/workspaces', needs: 'account', ok: 200 },
  {
    method: 'POST',
    path: () => '/api/workspaces',
    needs: 'admin',
    ok: 201,
    body: () => ({ slug: unique('nieuw'), name: 'Nieuw' }),
  },
  { method: 'GET', path: () => '/api/admin/audit', needs: 'admin', ok: 200 },
  { method: 'GET', path: () => '/api/admin/audit.csv', needs: 'admin', ok: 200, raw: true },
  { method: 'GET', path: (t) => ws(t), needs: 'lezer', ok: 200 },
  { method: 'GET', path: (t) => `${ws(t)}/members`, needs: 'beheerder', ok: 200 },
  {
    method: 'PUT',
    path: (t) => `${ws(t)}/members`,
    needs: 'beheerder',
    ok: 201,
    body: () => ({ email: `${unique('n')}@example.be`, role: 'lezer' }),
  },
  { method: 'DELETE', path: (t) => `${ws(t)}/members/${t.member}`, needs: 'beheerder', ok: 204 },
  { method: 'GET', path: (t) => `${ws(t)}/cards`, needs: 'lezer', ok: 200 },
  { method: 'GET', path: (t) => `${ws(t)}/bin`, needs: 'lezer', ok: 200 },
  {
    method: 'POST',
    path: (t) => `${ws(t)}/cards`,
    needs: 'redacteur',
    ok: 201,
    body: () => ({ card: card() }),
  },
  { method: 'GET', path: (t) => `${ws(t)}/cards/${t.card}`, needs: 'lezer', ok: 200 },
  {
    method: 'PUT',
    path: (t) => `${ws(t)}/cards/${t.card}`,
    needs: 'redacteur',
    ok: 200,
    body: () => ({ baseRevision: 1, card: { ...card(), title: 'Gewijzigd' } }),
  },
  { method: 'DELETE', path: (t) => `${ws(t)}/cards/${t.card}`, needs: 'redacteur', ok: 204 },
  {
    method: 'POST',
    path: (t) => `${ws(t)}/cards/${t.binned}/restore`,
    needs: 'redacteur',
    ok: 200,
  },
  { method: 'GET', path: (t) => `${ws(t)}/cards/${t.card}/revisions`, needs: 'lezer', ok: 200 },
  { method: 'GET', path: (t) => `${ws(t)}/cards/${t.card}/revisions/1`, needs: 'lezer', ok: 200 },
  { method: 'GET', path: (t) => `${ws(t)}/cards/${t.card}/versions`, needs: 'lezer', ok: 200 },
  {
    method: 'POST',
    path: (t) => `${ws(t)}/cards/${t.card}/versions`,
    needs: 'redacteur',
    ok: 201,
    body: () => ({ message: 'Benoemd' }),
  },
  {
    method: 'GET',
    path: (t) => `${ws(t)}/cards/${t.card}/versions/${t.version}`,
    needs: 'lezer',
    ok: 200,
  },
  { method: 'GET', path: (t) => `${ws(t)}/cards/${t.card}/presence`, needs: 'lezer', ok: 200 },
  { method: 'GET', path: (t) => `${ws(t)}/events`, needs: 'lezer', ok: 200, raw: true },
  {
    method: 'GET',
    path: (t) => `${ws(t)}/cards/${t.card}/events`,
    needs: 'lezer',
    ok: 200,
    raw: true,
  },
  { method: 'GET', path: (t) => `${ws(t)}/audit`, needs: 'beheerder', ok: 200 },
  { method: 'GET', path: (t) => `${ws(t)}/audit.csv`, needs: 'beheerder', ok: 200, raw: true },
];

type Actor = Role | 'admin' | 'none';
type Scope = 'own' | 'other';

function expected(endpoint: Endpoint, actor: Actor, scope: Scope): number {
  if (actor === 'none') return 401;
  if (actor === 'admin' || endpoint.needs === 'account') return endpoint.ok;
  if (endpoint.needs === 'admin') return 403;
  if (scope === 'other') return 404; // not a member: as if the workspace did not exist
  return roleAllows(actor, endpoint.needs) ? endpoint.ok : 403;
}

let w: World;
let other: { id: string; slug: string };
let admin: TestClient;

beforeAll(async () => {
  w = await world();
  other = await addWorkspace(w.db);
  const otherBeheerder = await addAccount(w.db);
  await setMember(w.db, other.id, otherBeheerder.id, 'beheerder');
  const adminAccount = await addAccount(w.db, { admin: true });
  admin = await new TestClient(w.app).signIn(adminAccount.email, PASSWORD);
});

/** Fresh things to act on in a workspace. */
async function target(workspace: { id: string; slug: string }): Promise<Target> {
  const author = w.accounts.beheerder;
  const cardId = await createCard(w.db, workspace.id, await acceptCard(card()), author);
  const binned = await createCard(w.db, workspace.id, await acceptCard(card()), author);
  await moveToBin(w.db, workspace.id, binned, author);
  const version = await createVersion(
    w.db,
    cardId,
    { revision: 1, reason: 'named', message: '' },
    author,
  );
  const member = await addAccount(w.db);
  await setMember(w.db, workspace.id, member.id, 'lezer');
  return { ws: workspace.slug, card: cardId, binned, version: version!.id, member: member.id };
}

async function call(client: TestClient, endpoint: Endpoint, t: Target): Promise<number> {
  const path = endpoint.path(t);
  const body = endpoint.body?.(t);
  if (endpoint.raw) {
    const response = await client.raw('GET', path);
    await response.body?.cancel();
    return response.status;
  }
  return (await client.json(endpoint.method, path, body)).status;
}

const actors: Actor[] = ['beheerder', 'redacteur', 'lezer', 'admin', 'none'];
const cases = ENDPOINTS.flatMap((endpoint) =>
  actors.flatMap((actor) =>
    (['own', 'other'] as const)
      .filter((scope) => scope === 'own' || (actor !== 'none' && actor !== 'admin'))
      .map((scope) => ({
        endpoint,
        actor,
        scope,
        name: `${endpoint.method} ${endpoint.path({ ws: ':ws', card: ':card', binned: ':binned', version: ':version', member: ':member' })}`,
      })),
  ),
);

describe('rights on every endpoint', () => {
  it.each(cases)('$name as $actor in the $scope workspace', async ({ endpoint, actor, scope }) => {
    const t = await target(scope === 'own' ? w.workspace : other);
    const client = actor === 'none' ? w.anonymous : actor === 'admin' ? admin : w.clients[actor];
    expect(await call(client, endpoint, t)).toBe(expected(endpoint, actor, scope));
  });

  it('a card of another workspace cannot be reached through the own workspace’s address', async () => {
    const t = await target(other);
    const own = `/api/workspaces/${w.workspace.slug}/cards/${t.card}`;
    for (const role of ['beheerder', 'redacteur', 'lezer'] as const) {
      expect((await w.clients[role].get(own)).status).toBe(404);
      expect((await w.clients[role].get(`${own}/revisions/1`)).status).toBe(404);
    }
    const save = await w.clients.beheerder.put(own, { baseRevision: 1, card: card() });
    expect(save.status).toBe(404);
    expect((await w.clients.beheerder.delete(own)).status).toBe(404);
  });
});
