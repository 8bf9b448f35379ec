// Rights, table-driven: every endpoint, for every role, in the own workspace
// and in another one, for an administrator and without a session. Each case
// gets fresh things to act on (a card, a version, a card in the bin, a member),
// so that a case never depends on what an earlier one did.
import { beforeAll, describe, expect, it } from 'vitest';
import { createVersion } from '../../server/cards/history';
import { createCard, moveToBin } from '../../server/cards/store';
import { acceptCard } from '../../server/cards/accept';
import { setMember } from '../../server/workspaces/store';
import { unique } from './helpers/database';
import {
  call,
  expected,
  rightsCases,
  rightsWorld,
  type Endpoint as AnyEndpoint,
} from './helpers/rights-table';
import { addAccount, minimalCard } from './helpers/world';

interface Target {
  ws: string;
  card: string;
  binned: string;
  version: string;
  member: string;
}
type Endpoint = AnyEndpoint<Target>;

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
  {
    method: 'POST',
    path: (t) => `${ws(t)}/members/${t.member}/password-link`,
    needs: 'beheerder',
    ok: 201,
  },
  {
    method: 'PUT',
    path: (t) => `${ws(t)}/settings`,
    needs: 'beheerder',
    ok: 200,
    body: () => ({ reviewRequired: true }),
  },
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

let r: Awaited<ReturnType<typeof rightsWorld>>;

beforeAll(async () => {
  r = await rightsWorld();
});

/** Fresh things to act on in a workspace. */
async function target(workspace: { id: string; slug: string }): Promise<Target> {
  const w = r.w;
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

const cases = rightsCases(ENDPOINTS, {
  ws: ':ws',
  card: ':card',
  binned: ':binned',
  version: ':version',
  member: ':member',
});

describe('rights on every endpoint', () => {
  it.each(cases)('$name as $actor in the $scope workspace', async ({ endpoint, actor, scope }) => {
    const t = await target(scope === 'own' ? r.w.workspace : r.other);
    expect(await call(r.clientOf(actor), endpoint, t)).toBe(expected(endpoint, actor, scope));
  });

  it('a card of another workspace cannot be reached through the own workspace’s address', async () => {
    const { w } = r;
    const t = await target(r.other);
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
