// A published viewer shows only cards it can vouch for: ?card= only from its
// own origin or the origins listed when it was published.
import { expect, test, type Page } from '@playwright/test';
import type { Card } from '../../schema/types';
import { siteFiles } from '../../viewer/publish/site';
import { readRepoFile, ViewerPage } from './pages/viewer-page';

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
