// The studio loads the canvas and the first card first; the directory editor,
// versions, auto-layout and the rest come when first used, with a Dutch line
// while they load and a clear message when they cannot be loaded.
import { expect, test, type Page } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';
import { DirectoryPanel } from './pages/directory-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { ProblemsPanel } from './pages/problems-panel';
import { StudioPage } from './pages/studio-page';

/** The JavaScript files the page has requested so far, by name. */
function scriptsLoaded(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') names.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  return names;
}

test('opening the studio loads no panel code; the directory loads on first use', async ({
  page,
}) => {
  // The very first start also stores the sample card; every later start loads only what it shows.
  const studio = new StudioPage(page);
  await studio.open();
  await studio.waitUntilSaved();
  const scripts = scriptsLoaded(page);
  // The directory's code is held back a moment, so its loading line can be seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/DirectoryEditor-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const health = page.waitForResponse(/\/api\/health$/);
  await page.reload();
  await new CanvasPanel(page).waitForCard();
  // No shared server answers here (204): its client and its parts are never fetched.
  expect((await health).status()).toBe(204);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  const lazyParts = ['DirectoryEditor', 'VersionsPanel', 'auto-layout', 'sample-cards'];
  for (const lazy of [
    ...lazyParts,
    'server-sync',
    'ServerToolbar',
    'SyncBanners',
    'WorkspaceCards',
  ])
    expect(scripts.filter((s) => s.startsWith(lazy))).toEqual([]);

  await page.getByRole('tab', { name: 'Partnergids' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'wordt geladen' })).toBeVisible();
  release();
  await new DirectoryPanel(page).open();
  expect(scripts.some((s) => s.startsWith('DirectoryEditor'))).toBe(true);
});

test('a part that cannot be loaded says so, and the card stays usable', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.route(/\/assets\/VersionsPanel-[^/]+\.js$/, (route) => route.abort());
  await page.getByRole('tab', { name: 'Versies' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'kon niet geladen worden' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Stroomschema' }).click();
  await new CanvasPanel(page).waitForCard();
});

test('a step opens in the inspector before the card’s check is done', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.waitUntilSaved();
  // The worker that checks the card is held back: its problems are not known yet.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/schema\.worker-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  const canvas = new CanvasPanel(page);
  await canvas.waitForCard();
  const problems = new ProblemsPanel(page);
  await canvas.node('s2-stap-7').click();
  const inspector = new InspectorPanel(page);
  await expect(inspector.role('het VK')).toBeChecked();
  await expect(problems.root).toHaveCount(0);
  // The check follows, and the panel with it.
  release();
  await expect(problems.root).toBeVisible();
  await expect(inspector.role('het VK')).toBeChecked();
});

test('the last card opens before the database library loads, and an edit then is kept', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.waitUntilSaved();
  // Dexie (IndexedDB's library) is held back: the card is read without it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/\/assets\/dexie-[^/]+\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.reload();
  await new CanvasPanel(page).waitForCard();
  expect(asked).toBe(true);
  await studio.cardTitle.fill('Bewerkt terwijl de opslag laadt');
  await studio.cardTitle.press('Enter');
  // The autosave starts 300 ms after the edit and waits for the database: "saving" until Dexie
  // comes (asserting "pending" raced that 300 ms on a slow machine).
  await expect(studio.saveStatus).toHaveAttribute('data-status', 'saving');
  release();
  await studio.waitUntilSaved();
  await page.unroute(/\/assets\/dexie-[^/]+\.js$/);
  await page.reload();
  await expect(studio.cardTitle).toHaveValue('Bewerkt terwijl de opslag laadt');
});

test('a page policy that refuses inline scripts: the last card opens through the database', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.cardTitle.fill('Geopend zonder vroege lezing');
  await studio.cardTitle.press('Enter');
  await studio.waitUntilSaved();
  // As a host would serve the studio with a strict policy: the early read in index.html is refused.
  await page.route(/\/editor\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy': "script-src 'self' 'wasm-unsafe-eval'",
      },
    });
  });
  const refused = page.waitForEvent('console', (m) => /Content Security Policy/.test(m.text()));
  await page.reload();
  await refused;
  expect(await page.evaluate(() => 'kindreflexLastOpened' in window)).toBe(false);
  await new CanvasPanel(page).waitForCard();
  await expect(studio.cardTitle).toHaveValue('Geopend zonder vroege lezing');
});
