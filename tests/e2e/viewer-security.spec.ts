// Private and safe: a hostile card's strings stay inert text and never become
// links or markup; using every view talks to no other host and sets no cookie.
import { expect, test } from '@playwright/test';
import { ViewerPage, type ViewName } from './pages/viewer-page';

const VIEWS: ViewName[] = ['Stroomschema', 'Stap voor stap', 'Adressen', 'Tekstversie'];

test('a hostile card shows its strings as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const viewer = new ViewerPage(page);
  await viewer.openWithCard('tests/fixtures/hostile-card.json');
  await expect(viewer.heading).toContainText('titel <img src=x onerror=alert(1)>');
  await viewer.node('stap').click();
  await expect(viewer.panel).toContainText('"><script>alert(1)</script> javascript:alert(1)');
  for (const stap of ['', 'scenario-5']) {
    await viewer.open('?card=fixtures/hostile-card.json', `#view=gids&stap=${stap}`);
    await expect(page.locator('.guide h2')).toBeVisible();
  }
  await expect(page.locator('.checklist')).toContainText('knooptekst stap <img src=x');
  for (const view of VIEWS.slice(2)) await viewer.show(view);
  await expect(page.locator('.text-view')).toContainText('organisatie <img src=x');
  await expect(page.locator('.text-view')).toContainText('criterium <img src=x');

  // Nothing became markup: no images, no scripts or SVG injected by the card.
  expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
  expect(await page.locator('script').count()).toBe(1);
  expect(await page.locator('svg svg, [onerror], [onload]').count()).toBe(0);
  // Links: only the schemes we allow, and never javascript:.
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/|mailto:|tel:)/);
  expect(hrefs.join(' ')).not.toMatch(/javascript:/i);
  expect(dialogs).toEqual([]);
});

test('using every view requests nothing from another host and sets no cookie', async ({
  page,
  context,
  baseURL,
}) => {
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  const viewer = new ViewerPage(page);
  await viewer.open();
  await viewer.node('s4-stap-2').click();
  await expect(viewer.panel).toContainText('GO! CLB');
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await viewer.show('Stap voor stap');
  await page.getByRole('link', { name: /Scenario 2/ }).click();
  await page.getByRole('link', { name: /Verontrusting en weerstand/ }).click();
  await viewer.show('Adressen');
  await page.getByLabel('Zoek op naam, dienst, gemeente of rol').fill('clb');
  await viewer.show('Tekstversie');
  await page.getByRole('link', { name: 'English' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
