// Where the card comes from and what the reader sees when it cannot be used:
// ?card=, a refused card, a bad address, a network failure, a card with
// errors, and an inline card in a single HTML file opened from file://.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { readRepoFile, repoRoot, ViewerPage } from './pages/viewer-page';

test('?card= loads another card', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.openWithCard('tests/fixtures/minimal-card.json');
  await expect(viewer.heading).toHaveText('Kleinste geldige kaart');
  await expect(page.locator('.chart .node')).toHaveCount(6);
});

test('a refused card gets a Dutch message with the problems and where they are', async ({
  page,
}) => {
  const viewer = new ViewerPage(page);
  await viewer.openWithCard('tests/fixtures/broken/missing-title.json');
  await expect(viewer.heading).toHaveText('Deze kaart kan niet getoond worden');
  await expect(page.getByRole('alert')).toContainText('title');
  await expect(page.locator('.problems code').first()).toHaveText('/title');
  await viewer.expectAccessible();

  await viewer.openWithCard('tests/fixtures/broken/not-json.txt');
  await expect(page.getByRole('alert')).toContainText('Dit is geen geldig JSON-bestand');
});

test('a card that loads with errors shows them in a notice', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.openWithCard('tests/fixtures/broken/dead-end.json');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('Let op: deze kaart bevat fouten');
  await notice.getByText('Let op').click();
  await expect(notice).toContainText('loopt dood');
  await expect(notice.locator('code').first()).toHaveText(/^\/flow\/nodes\/\d+$/);
  await viewer.expectAccessible();
});

test('refuses addresses that are not http(s), and says so', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const viewer = new ViewerPage(page);
  await viewer.open('?card=javascript:alert(1)');
  await expect(viewer.heading).toHaveText('De kaart kon niet geladen worden');
  await expect(page.getByRole('alert')).toContainText('Alleen http(s)-adressen');
  await viewer.open('?card=data:application/json,{}');
  await expect(page.getByRole('alert')).toContainText('Alleen http(s)-adressen');
  expect(requests.filter((u) => u.includes('card'))).toEqual([
    expect.stringContaining('?card=javascript'),
    expect.stringContaining('?card=data'),
  ]);
});

test('a network failure gets a message and a retry, never a blank page', async ({ page }) => {
  let fail = true;
  await page.route('**/viewer/card.json', (route) => (fail ? route.abort() : route.fallback()));
  const viewer = new ViewerPage(page);
  await viewer.open();
  await expect(viewer.heading).toHaveText('De kaart kon niet geladen worden');
  await expect(page.getByRole('alert')).toContainText('/viewer/card.json');
  fail = false;
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');
});

/** dist/viewer/index.html with its JS, CSS and a card inlined: what publishing will make. */
function singleFile(cardJson: string): string {
  const dist = repoRoot + 'dist/viewer/';
  const assets = readdirSync(dist + 'assets');
  const read = (ext: string) =>
    readFileSync(dist + 'assets/' + assets.find((f) => f.endsWith(ext))!, 'utf8');
  const inlineSafe = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1');
  return readFileSync(dist + 'index.html', 'utf8')
    .replace(/<script type="module"[^>]*><\/script>/, '')
    .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${read('.css')}</style>`)
    .replace(
      '</body>',
      () =>
        `<script type="application/json" id="kindreflex-card">${inlineSafe(cardJson)}</script>` +
        `<script type="module">${inlineSafe(read('.js'))}</script></body>`,
    );
}

test('uses an inline card and fetches nothing, even from file://', async ({ page }) => {
  const dir = mkdtempSync(tmpdir() + '/kindreflex-');
  writeFileSync(dir + '/kaart.html', singleFile(readRepoFile('tests/fixtures/minimal-card.json')));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(dir + '/kaart.html').href);
  const viewer = new ViewerPage(page);
  await expect(viewer.heading).toHaveText('Kleinste geldige kaart');
  await expect(page.locator('.chart .node')).toHaveCount(6);
  await viewer.show('Stap voor stap');
  await expect(page.locator('.guide h2')).toHaveText('Gesprek en inschatting');
  await page.getByRole('link', { name: /Er is acuut gevaar/ }).click();
  await expect(page.locator('.checklist')).toContainText('Betrek het PARKET en/of POLITIE.');
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
});
