// A published viewer shows only cards it can vouch for: ?card= only from its
// own origin or the origins listed when it was published, and a release that
// does not match its hash is flagged, in the viewer and in the studio.
import { expect, test, type Page } from '@playwright/test';
import { createRelease } from '../../schema/release';
import type { Card } from '../../schema/types';
import { siteFiles } from '../../viewer/publish/site';
import { readRepoFile, ViewerPage } from './pages/viewer-page';
import { StudioPage } from './pages/studio-page';
import { VersionsPanel } from './pages/versions-panel';

const STRANGER = 'https://kaarten.example.org';
const minimal = readRepoFile('tests/fixtures/minimal-card.json');

/** Serves a card from another origin, as any web server with CORS would. */
async function serveForeignCard(page: Page, body = minimal): Promise<string[]> {
  const asked: string[] = [];
  await page.route(`${STRANGER}/**`, (route) => {
    asked.push(route.request().url());
    return route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body,
    });
  });
  return asked;
}

test('a card from another origin is not shown, and not even fetched', async ({ page }) => {
  const asked = await serveForeignCard(page);
  const viewer = new ViewerPage(page);
  await viewer.open(`?card=${STRANGER}/kaart.json`);
  await expect(viewer.heading).toHaveText('De kaart kon niet geladen worden');
  await expect(page.getByRole('alert')).toContainText(
    `Deze kaart komt van een onbekende bron en wordt niet getoond: ${STRANGER}`,
  );
  await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toHaveCount(0);
  expect(asked).toEqual([]);
  await viewer.expectAccessible();
});

test('an origin listed when the site was published may serve ?card=', async ({ page }) => {
  await serveForeignCard(page);
  // The site folder as publishing makes it, with --allow-card-origin.
  const index = (await (await page.request.get('/viewer/')).text()).replace(/\r\n/g, '\n');
  const site = siteFiles({ files: { 'index.html': index } }, JSON.parse(minimal) as Card, [
    STRANGER,
  ]);
  await page.route(
    (url) => url.pathname === '/viewer/' && url.searchParams.has('card'),
    (route) => route.fulfill({ contentType: 'text/html', body: site['index.html']! }),
  );
  const viewer = new ViewerPage(page);
  await viewer.open(`?card=${STRANGER}/kaart.json`);
  await expect(viewer.heading).toHaveText('Kleinste geldige kaart');
  // Another stranger is still refused by the same site.
  await viewer.open('?card=https://ander.example.org/kaart.json');
  await expect(page.getByRole('alert')).toContainText('onbekende bron');
});

test('a release changed after publishing carries a visible warning in the viewer', async ({
  page,
}) => {
  const release = await createRelease(JSON.parse(minimal) as Card, { version: '2026.1' });
  const serve = (card: Card) =>
    page.route('**/viewer/card.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(card) }),
    );
  const viewer = new ViewerPage(page);
  await serve(release);
  await viewer.open();
  await expect(viewer.heading).toHaveText('Kleinste geldige kaart');
  await expect(page.getByText('gewijzigd na de publicatie')).toHaveCount(0);

  const forged = structuredClone(release);
  forged.directory.partners[0]!.phones = [{ number: '0800 00 000' }];
  await page.unrouteAll();
  await serve(forged);
  await viewer.open();
  await expect(page.getByRole('alert')).toHaveText(
    'Let op: deze kaart is gewijzigd na de publicatie.',
  );
  await viewer.expectAccessible();
});

test('the studio flags a stored release that no longer matches its hash and does not hand it out', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const versions = new VersionsPanel(page);
  await versions.open();
  const version = await versions.publish('Eerste publicatie');
  await page.keyboard.press('Escape');
  // Changed behind the studio's back (the studio itself never updates a release).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kindreflex-studio');
        open.addEventListener('success', () => {
          const tx = open.result.transaction('releases', 'readwrite');
          const store = tx.objectStore('releases');
          store.getAll().addEventListener('success', (e) => {
            const [row] = (e.target as IDBRequest<{ card: Card }[]>).result;
            row!.card.title = 'Vervalste kaart';
            store.put(row);
          });
          tx.addEventListener('complete', () => resolve());
          tx.addEventListener('error', () => reject(tx.error));
        });
      }),
  );
  await page.reload();
  await versions.open();
  const item = versions.root.locator('.release-list li').filter({ hasText: `Versie ${version}` });
  await expect(item).toContainText('gewijzigd na publicatie');
  await item.locator('summary').click();
  await expect(item.getByRole('alert')).toContainText(
    'de inhoud komt niet overeen met de vrijgave',
  );
  await expect(item.getByRole('button', { name: 'Publicatie (.json)' })).toBeDisabled();
});
