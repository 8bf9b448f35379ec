// The text version: the whole card as a headed outline a screen reader can
// follow, and the English interface (card content stays as written).
import { expect, test } from '@playwright/test';
import { ViewerPage } from './pages/viewer-page';

test('gives the whole card as headings and lists', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.open('', '#view=tekst');
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');
  const outline = page.locator('.text-view');
  await expect(outline.locator('h2')).toHaveText([
    'Toelichting',
    'Gesprek en inschatting',
    'Situaties en stappen',
    'KINDREFLEX Hulpbronnen en partners',
  ]);
  await expect(outline.locator('h3').first()).toHaveText('Scenario 1 (Situatie · ernst 1 van 5)');
  await expect(outline.locator('h3')).toHaveCount(5 + 3 + 1);
  await expect(outline).toContainText('Hebben zij zicht op de problemen? Hoe beleven ze dit?');
  await expect(outline).toContainText('De medewerking (of bereidheid) van de ouder(s)');
  await expect(outline).toContainText('Bespreek de situatie steeds met collega’s');
  await expect(outline).toContainText('Daarna: De thuissituatie is veilig → Scenario 3');
  const s5 = outline.locator('section.scenario').nth(4);
  await expect(s5.getByRole('listitem').nth(1)).toContainText('Politie');
  await expect(s5.getByRole('link', { name: '101' })).toHaveAttribute('href', 'tel:101');
  await expect(outline).toContainText('Continue dialoog tussen ouder(s)');
  await expect(
    outline.getByRole('link', { name: 'Risico- en beschermende factoren bij kindreflex' }),
  ).toBeVisible();
  await viewer.expectAccessible();
});

test('switches the interface to English and back', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.open('', '#view=tekst');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Text version' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('.text-view h2').nth(1)).toHaveText('Conversation and assessment');
  // Card content is not translated.
  await expect(page.locator('.text-view')).toContainText('Pols naar het welzijn van de kinderen');
  await viewer.expectAccessible();
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
