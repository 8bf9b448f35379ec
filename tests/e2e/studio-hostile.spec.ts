// A card full of script-injection strings in every text field, opened and
// worked on in the studio: nothing executes, nothing navigates, the strings
// stay text, and an exported image holds them as text too.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

const hostile = readFileSync('tests/fixtures/hostile-card.json', 'utf8');

test('a hostile card runs nothing in the studio', async ({ page }) => {
  const dialogs: string[] = [];
  const navigations: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
  const studio = new StudioPage(page);
  await studio.open();
  await studio.importFile('vijandig.json', hostile);
  await expect(studio.cardTitle).toHaveValue(/titel <img src=x onerror=alert\(1\)>/);

  // Work through every view: the canvas, each node in the inspector, the directory, versions.
  const nodes = page.locator('.react-flow__node');
  const count = await nodes.count();
  expect(count).toBeGreaterThan(3);
  // By keyboard (focus, Enter opens the inspector): the long strings make the boxes overlap.
  for (let i = 0; i < count; i++) {
    await nodes.nth(i).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#inspector')).toContainText('alert(1)');
  }
  await expect(page.locator('.react-flow__node').first()).toHaveAttribute(
    'aria-label',
    /<img src=x onerror=alert\(1\)>/,
  );
  await page.getByRole('tab', { name: 'Partnergids' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('"><script>alert(1)</script>');
  await page.getByRole('tab', { name: 'Versies' }).click();
  await page.getByRole('tab', { name: 'Stroomschema' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Schema exporteren als SVG' }).click();
  await download;

  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert')).length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute('href')!),
    ).length,
  }));
  expect(injected).toEqual({ images: 0, scripts: 0, jsLinks: 0 });
  expect(dialogs).toEqual([]);
  expect(navigations.filter((url) => !url.includes('/editor/'))).toEqual([]);
});
