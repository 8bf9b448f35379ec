// After a first visit the viewer works with no network (a home visit): the
// service worker serves the bundle from its cache and the last card it saw.
import { expect, test } from '@playwright/test';
import { ViewerPage } from './pages/viewer-page';

test.use({ serviceWorkers: 'allow' });

test('shows the card offline after a first visit', async ({ page, context }) => {
  const viewer = new ViewerPage(page);
  await viewer.open();
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.scope;
  });
  expect(scope).toMatch(/\/viewer\/$/);

  await context.setOffline(true);
  await page.reload();
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');
  await expect(page.locator('.chart .node')).toHaveCount(37);
  await viewer.open('', '#view=adressen');
  await expect(page.getByRole('link', { name: '078 150 100' })).toBeVisible();
  await context.setOffline(false);
});
