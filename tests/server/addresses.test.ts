// The stable addresses: /k/WS/CARD/ the viewer with the latest release and
// its card.json (ETag, 304, revalidated), /k/WS/CARD/VERSION/ one release
// forever (immutable), the viewer's files beside each page, and no cookies.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../schema/types';
import { TestClient } from './helpers/client';
import { offerApprovePublish, type ReleaseReply } from './helpers/publishing';
import { sampleCard, testConfig, world } from './helpers/world';

function viewerDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'kindreflex-dist-'));
  for (const part of ['editor', 'viewer'])
    mkdirSync(join(dist, part, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'editor', 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(
    join(dist, 'viewer', 'index.html'),
    '<!doctype html><html lang="nl"><head><title>Kindreflex-kaart</title>' +
      '<script type="module" src="./assets/index-abc.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dist, 'viewer', 'assets', 'index-abc.js'), 'console.log("viewer")');
  writeFileSync(join(dist, 'viewer', 'sw.js'), 'self.onfetch = () => {}');
  return dist;
}

let w: Awaited<ReturnType<typeof world>>;
let rowId: string;
let first: ReleaseReply;
let second: ReleaseReply;
let anonymous: TestClient;
const path = (url: string) => new URL(url).pathname;

beforeAll(async () => {
  w = await world({ config: testConfig({ distDir: viewerDist() }) });
  anonymous = w.anonymous;
  const created = await w.clients.redacteur.post<{ id: string; card: Card }>(`${w.base}/cards`, {
    card: sampleCard(),
  });
  rowId = created.body.id;
  first = (await offerApprovePublish(w.clients, w.base, rowId)).body;
  const card = structuredClone(created.body.card);
  card.subtitle = 'Herwerkte versie';
  await w.clients.redacteur.put(`${w.base}/cards/${rowId}`, { baseRevision: 1, card });
  second = (await offerApprovePublish(w.clients, w.base, rowId)).body;
});

describe('stable addresses of published cards', () => {
  it('serves the viewer with the latest release, its files beside the page', async () => {
    const bare = await anonymous.raw('GET', path(first.url).slice(0, -1) + '?x=1');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(path(first.url) + '?x=1');

    const page = await anonymous.raw('GET', path(first.url));
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('set-cookie')).toBeNull();
    const html = await page.text();
    expect(html).toContain(`(versie ${second.version})</title>`);
    expect(html).toContain('src="./assets/index-abc.js"');
    const asset = await anonymous.raw('GET', `${path(first.url)}assets/index-abc.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const worker = await anonymous.raw('GET', `${path(first.url)}sw.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect((await anonymous.raw('GET', `${path(first.url)}assets/..%2Fsw.js`)).status).toBe(404);
  });

  it('serves the latest card.json with an ETag, 304 when unchanged, for any site', async () => {
    const latest = await anonymous.raw('GET', path(first.cardUrl));
    expect(latest.status).toBe(200);
    expect(latest.headers.get('cache-control')).toBe('no-cache');
    expect(latest.headers.get('access-control-allow-origin')).toBe('*');
    const card = (await latest.json()) as Card;
    expect(card.release?.version).toBe(second.version);
    expect(card.subtitle).toBe('Herwerkte versie');
    const etag = latest.headers.get('etag')!;
    expect(etag).toBe(`"${second.id}"`);
    const again = await anonymous.raw('GET', path(first.cardUrl), {
      headers: { 'if-none-match': `W/${etag}` },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // The first release's ETag no longer matches: a browser that had it gets the new one.
    const stale = await anonymous.raw('GET', path(first.cardUrl), {
      headers: { 'if-none-match': `"${first.id}"` },
    });
    expect(stale.status).toBe(200);
  });

  it('serves each version forever, cached as immutable', async () => {
    const pinned = await anonymous.raw('GET', path(first.versionCardUrl));
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const card = (await pinned.json()) as Card;
    expect(card.release?.version).toBe(first.version);
    expect(card.subtitle).toBe(sampleCard().subtitle);
    const page = await anonymous.raw('GET', path(first.versionUrl));
    expect(await page.text()).toContain(`(versie ${first.version})</title>`);
    const asset = await anonymous.raw('GET', `${path(first.versionUrl)}assets/index-abc.js`);
    expect(asset.status).toBe(200);
  });

  it('says in Dutch when there is nothing at an address', async () => {
    const unknown = await anonymous.raw('GET', `/k/${w.workspace.slug}/bestaat-niet/`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/geen kaart gepubliceerd/);
    expect((await anonymous.raw('GET', `${path(first.url)}1999.9/card.json`)).status).toBe(404);
    expect(
      (await anonymous.raw('GET', `/k/andere-werkruimte/${first.address}/card.json`)).status,
    ).toBe(404);
  });

  it('keeps serving a release after its card went to the bin', async () => {
    await w.clients.redacteur.delete(`${w.base}/cards/${rowId}`);
    const latest = await anonymous.raw('GET', path(first.cardUrl));
    expect(latest.status).toBe(200);
    await w.clients.redacteur.post(`${w.base}/cards/${rowId}/restore`);
  });
});
