// The directory: sections in order with their way in, search, audience and
// age filters, safe links, last-checked dates and background resources.
import { expect, test, type Page } from '@playwright/test';
import { ViewerPage } from './pages/viewer-page';

const shown = (page: Page) => page.locator('.directory .partner > strong');

test.beforeEach(async ({ page }) => {
  await new ViewerPage(page).open('', '#view=adressen');
});

test('lists the sections in order, each entry with its way in', async ({ page }) => {
  await expect(page.locator('.directory h3')).toHaveText([
    'Ondersteuning voor ouders',
    'Partners en consult voor professionals',
    'Bij acuut gevaar',
    'Achtergrondinformatie',
  ]);
  const parents = page.locator('.dir-section').first();
  await expect(parents.locator('li', { hasText: 'GO! CLB' })).toContainText('Via contactpersoon');
  const pros = page.locator('.dir-section').nth(1);
  await expect(pros.locator('li', { hasText: 'GO! CLB' })).toContainText('Brede instap');
  await expect(pros.locator('li', { hasText: 'Regioteam Kind & Gezin' })).toContainText(
    'Gecontroleerd op 1 juli 2021 (meer dan een jaar geleden)',
  );
});

test('searching "CLB" finds both CLBs with their numbers', async ({ page }) => {
  await page.getByLabel('Zoek op naam, dienst, gemeente of rol').fill('clb');
  await expect(page.getByRole('status')).toHaveText('2 gevonden');
  const pros = page.locator('.dir-section').nth(1);
  await expect(pros.locator('.partner > strong')).toHaveText([
    'Vrij CLB Zuid-Oost-Vlaanderen',
    'GO! CLB',
  ]);
  for (const [number, tel] of [
    ['055 31 38 62', 'tel:+3255313862'],
    ['09 361 14 01', 'tel:+3293611401'],
    ['055 33 74 70', 'tel:+3255337470'],
  ] as const)
    await expect(pros.getByRole('link', { name: number })).toHaveAttribute('href', tel);
  // Accents, case and punctuation do not matter; roles count.
  await page.getByLabel('Zoek op naam, dienst, gemeente of rol').fill('RÉGIOTEAM kind');
  await expect(shown(page)).toHaveText(['Regioteam Kind & Gezin']);
  await page.getByLabel('Zoek op naam, dienst, gemeente of rol').fill('het vk');
  await expect(shown(page)).toHaveText([
    'Vertrouwenscentrum Kindermishandeling (VCK) Oost-Vlaanderen',
  ]);
});

test('filters by audience and by the age of the child', async ({ page }) => {
  await page.getByLabel('Voor wie').selectOption('professionals');
  await expect(page.locator('.directory h3').first()).toHaveText(
    'Partners en consult voor professionals',
  );
  await page.getByLabel('Voor wie').selectOption('');
  await page.getByLabel('Leeftijd van het kind').selectOption('zwanger');
  await expect(shown(page).filter({ hasText: 'Fara' })).toHaveCount(1);
  await expect(shown(page).filter({ hasText: 'Kind & Gezin' })).toHaveCount(1);
  await expect(shown(page).filter({ hasText: 'CLB' })).toHaveCount(0);
  await page.getByLabel('Leeftijd van het kind').selectOption('10');
  await expect(shown(page).filter({ hasText: 'Kind & Gezin' })).toHaveCount(0);
  await expect(shown(page).filter({ hasText: 'Fara' })).toHaveCount(0);
  await expect(shown(page).filter({ hasText: 'GO! CLB' })).toHaveCount(2);
});

test('links only through the safe helpers, resources included', async ({ page }) => {
  // evaluateAll does not wait: let the directory render first.
  await page.locator('.directory a').first().waitFor();
  const hrefs = await page
    .locator('.directory a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(20);
  for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|tel:\+?\d+$|mailto:)/);
  await expect(page.getByRole('link', { name: 'Familiereflex', exact: true })).toHaveAttribute(
    'href',
    'https://kindreflex.be/wp-content/uploads/2021/07/infofiche-familiereflex-geconverteerd.pdf',
  );
  await expect(page.getByRole('link', { name: 'familiereflex.be' })).toBeVisible();
});

test('the directory passes axe', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.expectAccessible();
  await page.getByLabel('Zoek op naam, dienst, gemeente of rol').fill('zzz');
  await expect(page.getByRole('status')).toHaveText('0 gevonden');
  await viewer.expectAccessible();
});
