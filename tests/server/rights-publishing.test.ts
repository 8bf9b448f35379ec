// Rights on the endpoints of issue 13 (review, releases, regions, the public
// addresses and the catalogue), with the same table as rights.test.ts: every
// endpoint for every role, own and other workspace, administrator, no session.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../server/app-env';
import { loadStoredCard } from '../../server/cards/accept';
import { addAccount } from './helpers/world';
import {
  call,
  expected,
  rightsCases,
  rightsWorld,
  type Endpoint as AnyEndpoint,
} from './helpers/rights-table';
import {
  approvedReview,
  openReview,
  publishedCard,
  regionalCard,
  storedCard,
  type PublishedCard,
} from './helpers/publishing';

interface Target {
  ws: string;
  card: string;
  review: string;
  approved: string;
  regional: string;
  published: PublishedCard;
  base: PublishedCard;
}
type Need = 'review' | 'approved' | 'regional';
type Endpoint = AnyEndpoint<Target> & { uses?: Need[] };

const ws = (t: Target) => `/api/workspaces/${t.ws}`;
const card = (t: Target) => `${ws(t)}/cards/${t.card}`;
const regional = (t: Target) => `${ws(t)}/cards/${t.regional}`;
const pub = (t: Target) => `/k/${t.base.ws}/${t.base.address}`;

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: () => '/api/catalogue?gemeente=Oudenaarde', needs: 'anyone', ok: 200 },
  { method: 'GET', path: () => '/k/?gemeente=Oudenaarde', needs: 'anyone', ok: 200, raw: true },
  { method: 'GET', path: (t) => `${pub(t)}/card.json`, needs: 'anyone', ok: 200, raw: true },
  {
    method: 'GET',
    path: (t) => `${pub(t)}/${t.base.version}/card.json`,
    needs: 'anyone',
    ok: 200,
    raw: true,
  },
  { method: 'GET', path: (t) => `${ws(t)}/reviews`, needs: 'lezer', ok: 200 },
  { method: 'GET', path: (t) => `${card(t)}/reviews`, needs: 'lezer', ok: 200 },
  {
    method: 'POST',
    path: (t) => `${card(t)}/reviews`,
    needs: 'redacteur',
    ok: 201,
    body: () => ({ message: 'Graag nalezen' }),
  },
  {
    method: 'GET',
    path: (t) => `${card(t)}/reviews/${t.review}`,
    needs: 'lezer',
    ok: 200,
    uses: ['review'],
  },
  {
    method: 'POST',
    path: (t) => `${card(t)}/reviews/${t.review}/approve`,
    needs: 'lezer',
    ok: 200,
    body: () => ({}),
    uses: ['review'],
  },
  {
    method: 'POST',
    path: (t) => `${card(t)}/reviews/${t.review}/return`,
    needs: 'lezer',
    ok: 200,
    body: () => ({ comment: 'Het nummer van het CAW klopt niet.' }),
    uses: ['review'],
  },
  {
    // Not the one who offered it: only a beheerder may withdraw someone else's offer.
    method: 'POST',
    path: (t) => `${card(t)}/reviews/${t.review}/withdraw`,
    needs: 'beheerder',
    ok: 200,
    body: () => ({}),
    uses: ['review'],
  },
  {
    method: 'GET',
    path: (t) => `${ws(t)}/cards/${t.published.cardRowId}/releases`,
    needs: 'lezer',
    ok: 200,
  },
  {
    method: 'GET',
    path: (t) => `${ws(t)}/cards/${t.published.cardRowId}/releases/${t.published.version}`,
    needs: 'lezer',
    ok: 200,
  },
  {
    method: 'POST',
    path: (t) => `${card(t)}/releases`,
    needs: 'beheerder',
    ok: 201,
    body: (t) => ({ review: t.approved, acceptWarnings: true }),
    uses: ['approved'],
  },
  {
    method: 'POST',
    path: (t) => `${ws(t)}/regional-versions`,
    needs: 'redacteur',
    ok: 201,
    body: (t) => ({
      base: { workspace: t.base.ws, card: t.base.address },
      region: { name: 'Noord-Limburg', municipalities: ['Bree'] },
    }),
  },
  { method: 'GET', path: (t) => `${ws(t)}/base-updates`, needs: 'lezer', ok: 200 },
  {
    method: 'GET',
    path: (t) => `${regional(t)}/base-update`,
    needs: 'lezer',
    ok: 200,
    uses: ['regional'],
  },
  {
    method: 'PUT',
    path: (t) => `${regional(t)}/base-update/set-aside`,
    needs: 'redacteur',
    ok: 200,
    body: (t) => ({ version: t.base.version }),
    uses: ['regional'],
  },
  {
    method: 'DELETE',
    path: (t) => `${regional(t)}/base-update/set-aside`,
    needs: 'redacteur',
    ok: 204,
    uses: ['regional'],
  },
];

let r: Awaited<ReturnType<typeof rightsWorld>>;
/** Offers and approves on behalf of no actor in the table, so that every actor may decide. */
let author: Account;
let approver: Account;
const published = new Map<string, PublishedCard>();
let base: PublishedCard;
let baseCard: Parameters<typeof regionalCard>[3];

beforeAll(async () => {
  r = await rightsWorld();
  [author, approver] = [await addAccount(r.w.db), await addAccount(r.w.db)];
  for (const workspace of [r.w.workspace, r.other])
    published.set(workspace.slug, await publishedCard(r.w.db, workspace, author, approver));
  base = published.get(r.other.slug)!;
  const [row] = await r.w.db.query<{ content: unknown }>(
    'SELECT content FROM releases WHERE card_row_id = $1',
    [base.cardRowId],
  );
  baseCard = loadStoredCard(row!.content, 'base');
});

/** Fresh things to act on in a workspace: only what the endpoint uses is made. */
async function target(workspace: { id: string; slug: string }, uses: Need[] = []): Promise<Target> {
  const { db } = r.w;
  const cardRowId = await storedCard(db, workspace, author);
  const make = async (need: Need, work: () => Promise<string>) =>
    uses.includes(need) ? work() : `geen-${need}`;
  return {
    ws: workspace.slug,
    card: cardRowId,
    review: await make('review', () => openReview(db, workspace, cardRowId, author)),
    approved: await make('approved', () =>
      approvedReview(db, workspace, cardRowId, author, approver),
    ),
    regional: await make('regional', () => regionalCard(db, workspace, author, baseCard, base.url)),
    published: published.get(workspace.slug)!,
    base,
  };
}

const placeholder = { ws: ':ws', address: ':card', version: ':version' } as PublishedCard;
const cases = rightsCases(ENDPOINTS, {
  ws: ':ws',
  card: ':card',
  review: ':review',
  approved: ':approved',
  regional: ':regional',
  published: { ...placeholder, cardRowId: ':published' },
  base: placeholder,
});

describe('rights on the publishing endpoints', () => {
  it.each(cases)('$name as $actor in the $scope workspace', async ({ endpoint, actor, scope }) => {
    const t = await target(scope === 'own' ? r.w.workspace : r.other, endpoint.uses);
    expect(await call(r.clientOf(actor), endpoint, t)).toBe(expected(endpoint, actor, scope));
  });
});
