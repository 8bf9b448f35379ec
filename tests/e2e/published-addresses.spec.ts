// Published cards on the shared server, in a real browser: the catalogue at
// /k/ (found without JavaScript, axe-clean), and a card's stable address,
// whose viewer shows a new release on the next visit, also through its
// service worker, while each version's own address keeps its content.
import { expect, test } from '@playwright/test';
import type { Card } from '../../schema/types';
import { CataloguePage } from './pages/catalogue-page';
import { ViewerPage, readRepoFile } from './pages/viewer-page';
import { SharedServer } from './server/shared-server';

interface Release {
  version: string;
  url: string;
  versionUrl: string;
}

let server: SharedServer;
let cardUrl: string;
let card: Card;
let first: Release;

// One server for the file: the tests build on one another's releases.
test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow', bypassCSP: true });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await SharedServer.start();
  await server.api('PUT', `${server.workspace}/settings`, { reviewRequired: false });
  const sample = JSON.parse(readRepoFile('samples/kindreflex-zuid-oost-vlaanderen.json')) as Card;
  const created = await (
    await server.api<{ id: string; card: Card }>('POST', `${server.workspace}/cards`, {
      card: sample,
    })
  ).json();
  cardUrl = `${server.workspace}/cards/${created.id}`;
  card = created.card;
  first = await (
    await server.api<Release>('POST', `${cardUrl}/releases`, { acceptWarnings: true })
  ).json();
});

test.afterAll(async () => {
  await server?.stop();
});

test('the catalogue answers “Welke kaart geldt voor Ronse?” without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const catalogue = new CataloguePage(await context.newPage(), server.origin);
  await catalogue.open();
  await catalogue.search('ronse');
  await expect(catalogue.page).toHaveURL(/\/k\/\?gemeente=ronse$/);
  await expect(catalogue.resultsHeading).toHaveText('Voor ‘ronse’: 1 kaart');
  await expect(catalogue.cards).toHaveCount(1);
  await expect(catalogue.cards.first()).toContainText('Geldt voor Ronse');
  await expect(catalogue.cards.first()).toContainText(`${first.version}, gepubliceerd op`);
  await catalogue.cards.first().getByRole('heading').getByRole('link').click();
  await expect(catalogue.page).toHaveURL(first.url);
  await context.close();
});

test('the catalogue passes axe, with and without a search', async ({ page }) => {
  const catalogue = new CataloguePage(page, server.origin);
  await catalogue.open();
  await catalogue.expectAccessible();
  await catalogue.open('?gemeente=Ronse');
  await catalogue.page.getByText(/\d+ gemeenten/).click(); // the list of municipalities, open
  await catalogue.expectAccessible();
  await page.screenshot({ path: test.info().outputPath('catalogus.png'), fullPage: true });
  await catalogue.open('?gemeente=Atlantis');
  await expect(catalogue.resultsHeading).toHaveText('Geen kaart gevonden voor ‘Atlantis’');
  await catalogue.expectAccessible();
});

test('the stable address shows a new release on the next visit; each version stays', async ({
  page,
  context,
}) => {
  const viewer = new ViewerPage(page);
  await page.goto(first.url);
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(first.url);
  await page.reload(); // now under the service worker's control
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');

  await server.api('PUT', cardUrl, {
    baseRevision: 1,
    card: { ...card, title: 'Herwerkte kaart' },
  });
  const second = await (
    await server.api<Release>('POST', `${cardUrl}/releases`, { acceptWarnings: true })
  ).json();
  expect(second.url).toBe(first.url);

  await page.goto(first.url); // the next visit
  await expect(viewer.heading).toHaveText('Herwerkte kaart Zuid-Oost-Vlaanderen');
  await page.goto(first.versionUrl);
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');

  await page.goto(first.url);
  await context.setOffline(true);
  await page.reload();
  await expect(viewer.heading).toHaveText('Herwerkte kaart Zuid-Oost-Vlaanderen');
  await context.setOffline(false);
});
