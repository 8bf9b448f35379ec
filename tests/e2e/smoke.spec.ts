// The built apps open in Chromium, in Dutch, without errors in the console.
import { expect, test } from '@playwright/test';

for (const app of ['editor', 'viewer']) {
  test(`${app} opens in Dutch without console errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/${app}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
