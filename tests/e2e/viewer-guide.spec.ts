// "Stap voor stap": trunk, assessment and choice, a scenario as a checklist
// with contacts, the ways on from scenario 2, back, breadcrumb, restart, the
// position in the URL, and the summary for the client file.
import { expect, test } from '@playwright/test';
import { ViewerPage } from './pages/viewer-page';

test('walks from the trunk through scenario 2 into scenario 3', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.open();
  await viewer.show('Stap voor stap');
  const heading = page.locator('.guide h2');
  const main = page.locator('#main');
  await expect(heading).toHaveText('Gesprek en inschatting');
  // The trunk in order, prompts and criteria included, then the five situations.
  await expect(main.locator('.trunk > li')).toHaveCount(4);
  await expect(main.locator('.trunk > li').first()).toContainText('Geef mee dat het thema');
  await expect(main.getByText('Hoe oud zijn ze, hoe heten ze?')).toBeVisible();
  await expect(main.getByText('De mate van urgentie: hoe veilig is het thuis?')).toBeVisible();
  await expect(main.locator('.choices .choice')).toHaveCount(5);
  await expect(main.locator('.choices .choice').first()).toContainText('ernst 1 van 5');

  await page.getByRole('link', { name: /Scenario 2/ }).click();
  await expect(page).toHaveURL(/#view=gids&stap=scenario-2$/);
  await expect(heading).toHaveText('Scenario 2');
  await expect(heading).toBeFocused();
  await expect(page.getByRole('checkbox')).toHaveCount(8);
  // Contacts inline: roles -> partners -> numbers.
  const step7 = page.locator('.checklist > li').nth(6);
  await expect(step7).toContainText('het VK');
  await expect(step7.getByRole('link', { name: '09 216 73 30' })).toHaveAttribute(
    'href',
    'tel:+3292167330',
  );
  await page.getByRole('checkbox', { name: /Bij twijfel/ }).check();

  const waysOn = page.locator('section', {
    has: page.getByRole('heading', { name: 'Hoe verder?' }),
  });
  await expect(waysOn.locator('.choice')).toHaveCount(3);
  await waysOn.getByRole('link', { name: /Verontrusting, maar de ouders werken mee/ }).click();
  await expect(page).toHaveURL(/stap=scenario-2%2Cscenario-3$/);
  await expect(heading).toHaveText('Scenario 3');
  await expect(page.locator('.end-note')).toContainText('Continue dialoog');

  const trail = page.getByRole('navigation', { name: 'Waar je bent' });
  await expect(trail.getByRole('listitem')).toHaveText([
    'Gesprek en inschatting',
    'Scenario 2',
    'Scenario 3',
  ]);

  // The path survives a reload; the ticks do not (nothing is stored).
  await page.reload();
  await expect(heading).toHaveText('Scenario 3');
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(heading).toHaveText('Scenario 2');
  await expect(page.getByRole('checkbox', { name: /Bij twijfel/ })).not.toBeChecked();
  await trail.getByRole('link', { name: 'Gesprek en inschatting' }).click();
  await expect(heading).toHaveText('Gesprek en inschatting');
  await page.goBack();
  await expect(heading).toHaveText('Scenario 2');
  await page.getByRole('link', { name: 'Opnieuw beginnen' }).click();
  await expect(heading).toHaveText('Gesprek en inschatting');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('copies the path taken as plain text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const viewer = new ViewerPage(page);
  await viewer.open('', '#view=gids&stap=scenario-2,scenario-4');
  await page.getByRole('button', { name: 'Kopieer samenvatting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gekopieerd' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Kindreflex steekkaart – Zuid-Oost-Vlaanderen');
  expect(text).toContain('Situatie: Scenario 2: Je hebt een niet pluis gevoel');
  expect(text).toContain('Situatie: Scenario 4');
  expect(text).toContain('het CLB: Vrij CLB Zuid-Oost-Vlaanderen 055 31 38 62 (Oudenaarde)');
  expect(text).toContain('GO! CLB 055 33 74 70');
});

test('the guide passes axe on the start page and on scenario pages', async ({ page }) => {
  const viewer = new ViewerPage(page);
  for (const stap of ['', 'scenario-2', 'scenario-5,scenario-3']) {
    await viewer.open('', `#view=gids&stap=${stap}`);
    await expect(page.locator('.guide h2')).toBeVisible();
    await viewer.expectAccessible();
  }
});
