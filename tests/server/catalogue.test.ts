// The catalogue at /k/: every published card with its region, municipalities,
// version and date, searchable by municipality without JavaScript, readable
// without an account, no cookies, nothing from another site, small.
import { beforeAll, describe, expect, it } from 'vitest';
import { searchCatalogue, type CatalogueEntry } from '../../server/public/catalogue';
import type { Card } from '../../schema/types';
import { unique } from './helpers/database';
import { offerApprovePublish, type ReleaseReply } from './helpers/publishing';
import { minimalCard, sampleCard, world } from './helpers/world';

let w: Awaited<ReturnType<typeof world>>;
let zov: ReleaseReply;
const gent = unique('Gentbrugge');

beforeAll(async () => {
  w = await world();
  const publish = async (card: Card) => {
    const { body } = await w.clients.redacteur.post<{ id: string }>(`${w.base}/cards`, { card });
    return (await offerApprovePublish(w.clients, w.base, body.id)).body;
  };
  zov = await publish(sampleCard());
  const other = minimalCard();
  other.title = 'Kindreflex Gent';
  other.regions = [{ id: 'gent', name: 'Regio Gent', municipalities: ['Gent', gent] }];
  await publish(other);
});

describe('the catalogue', () => {
  it('answers "Welke kaart geldt voor Ronse?" with a plain GET form', async () => {
    const page = await w.anonymous.raw('GET', '/k/?gemeente=ronse');
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await page.text();
    expect(html).toMatch(/<form method="get" action="\/k\/" role="search"/);
    expect(html).toMatch(/<label for="gemeente">Gemeente<\/label>/);
    expect(html).toMatch(/id="gemeente"[^>]*value="ronse"/);
    expect(html).toMatch(/<header>[\s\S]*<main>[\s\S]*<footer>/);
    expect(html).toContain(`href="${new URL(zov.url).pathname}"`);
    expect(html).toMatch(/Geldt voor <strong>Ronse<\/strong>/);
    expect(html).toContain(`${zov.version}, gepubliceerd op`);
    expect(html).not.toContain('Kindreflex Gent');
    // Nothing from another site, no script.
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/);
  });

  it('is small: one card found is a page of a few kilobytes', async () => {
    const page = await w.anonymous.raw('GET', `/k/?gemeente=${encodeURIComponent(gent)}`);
    const html = await page.text();
    expect(html).toContain('Kindreflex Gent');
    expect(Buffer.byteLength(html)).toBeLessThan(6_000);
    const css = await w.anonymous.raw('GET', '/k/catalogus.css');
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(Buffer.byteLength(await css.text())).toBeLessThan(3_000);
  });

  it('lists every card without a query and says so when nothing matches', async () => {
    const all = await (await w.anonymous.raw('GET', '/k/')).text();
    expect(all).toContain('Kindreflex Gent');
    expect(all).toMatch(/Alle kaarten \(\d+\)/);
    const none = await (await w.anonymous.raw('GET', '/k/?gemeente=Atlantis')).text();
    expect(none).toMatch(/Geen kaart gevonden voor ‘Atlantis’/);
    const hostile = await (await w.anonymous.raw('GET', '/k/?gemeente=%3Cscript%3E')).text();
    expect(hostile).not.toContain('<script>');
  });

  it('gives the studio the same as JSON, with the addresses', async () => {
    const reply = await w.anonymous.get<{
      cards: (CatalogueEntry & { url: string; cardUrl: string; matched: string[] })[];
    }>(`/api/catalogue?gemeente=${encodeURIComponent(gent.toLowerCase())}`);
    expect(reply.status).toBe(200);
    expect(reply.body.cards).toHaveLength(1);
    expect(reply.body.cards[0]).toMatchObject({
      title: 'Kindreflex Gent',
      workspace: { slug: w.workspace.slug, name: 'Testregio' },
      matched: [gent],
    });
    expect(reply.body.cards[0]!.cardUrl).toMatch(/^http:\/\/localhost\/k\/.+\/card\.json$/);
  });
});

describe('searching by municipality', () => {
  const entry = (title: string, municipalities: string[], region = 'Regio'): CatalogueEntry => ({
    workspace: { slug: 'ws', name: 'Werkruimte' },
    address: title,
    title,
    subtitle: '',
    regions: [{ id: 'r', name: region, municipalities }],
    version: '2026.1',
    publishedAt: '2026-03-01T00:00:00.000Z',
    hash: 'ab',
    path: `/k/ws/${title}/`,
  });
  const entries = [
    entry('a', ['Sint-Lievens-Houtem', 'Herzele']),
    entry('b', ['Sint-Niklaas']),
    entry('c', ['Ronse'], 'Vlaamse Ardennen'),
  ];

  it('finds exact names first, then beginnings, ignoring accents, case and dashes', () => {
    expect(searchCatalogue(entries, 'sint lievens houtem').map((e) => e.title)).toEqual(['a']);
    expect(searchCatalogue(entries, 'Sint').map((e) => e.title)).toEqual(['a', 'b']);
    expect(searchCatalogue(entries, 'RONSE')[0]!.matched).toEqual(['Ronse']);
    expect(searchCatalogue(entries, 'ardennen').map((e) => e.title)).toEqual(['c']);
    expect(searchCatalogue(entries, '')).toHaveLength(3);
  });
});
