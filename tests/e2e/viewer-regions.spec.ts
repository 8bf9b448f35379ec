// A card with two regions: the reader picks theirs (or finds it by
// municipality), it is remembered on the device, and partners follow it.
import { expect, test } from '@playwright/test';
import { ViewerPage } from './pages/viewer-page';

const CARD = 'tests/fixtures/two-regions-card.json';

test('picks a region, remembers it, and shows only its partners', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.openWithCard(CARD, '#view=adressen');
  // Before a choice: every region's partners.
  await expect(page.locator('.directory .partner > strong')).toHaveText([
    'Politiezone Oost',
    'Politiezone West',
    'Noodnummer',
  ]);
  await page.getByLabel('Regio', { exact: true }).selectOption('west');
  await expect(page.locator('.directory .partner > strong')).toHaveText([
    'Politiezone West',
    'Noodnummer',
  ]);
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({
    'kindreflex-regio:twee-regios': 'west',
  });

  await page.reload();
  await expect(page.getByLabel('Regio', { exact: true })).toHaveValue('west');
  await viewer.show('Stap voor stap');
  await page.getByRole('link', { name: /Er is acuut gevaar/ }).click();
  const step = page.locator('.checklist > li').first();
  await expect(step).toContainText('Politiezone West');
  await expect(step.getByRole('link', { name: '050 44 88 44' })).toHaveAttribute(
    'href',
    'tel:+3250448844',
  );
  await expect(step).not.toContainText('Politiezone Oost');
  await viewer.expectAccessible();
});

test('finds the region by municipality', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.openWithCard(CARD);
  await page.getByLabel('Zoek je gemeente').fill('sint lievens');
  await page.getByRole('button', { name: 'Regio Oost' }).click();
  await expect(page.getByLabel('Regio', { exact: true })).toHaveValue('oost');
  await page.getByRole('button', { name: /^Stap\. Betrek het PARKET/ }).click();
  await expect(viewer.panel).toContainText('Politiezone Oost');
  await expect(viewer.panel).not.toContainText('Politiezone West');
  await page.getByLabel('Zoek je gemeente').fill('Gent');
  await expect(page.locator('.found-regions')).toHaveText('Geen regio voor deze gemeente.');
});

test('a one-region card shows no region picker and stores nothing', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.open();
  await expect(viewer.heading).toBeVisible();
  await expect(page.getByLabel('Regio', { exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
