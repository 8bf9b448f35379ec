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

test('only the bundle is served from the cache first; each viewer site keeps its own cache', async ({
  page,
}) => {
  // Caches left by another viewer site on this origin, and by an older viewer here.
  await page.goto('/editor/');
  const origin = new URL(page.url()).origin;
  await page.evaluate(async (here) => {
    const put = async (name: string, url: string) =>
      (await caches.open(name)).put(url, new Response('{}'));
    await put(`kindreflex-viewer:${here}/andere-site/:v1`, `${here}/andere-site/`);
    await put('kindreflex-viewer-vreemd', `${here}/andere-site/`);
    await put('kindreflex-viewer-oud', `${here}/viewer/`);
  }, origin);

  const viewer = new ViewerPage(page);
  await viewer.open();
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');
  const keys = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    // Activation (which tidies the caches) is over once the worker controls the page.
    while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
    return caches.keys();
  });
  const own = keys.filter((k) => k.startsWith(`kindreflex-viewer:${origin}/viewer/:`));
  expect(own).toHaveLength(1);
  expect(keys).toContain(`kindreflex-viewer:${origin}/andere-site/:v1`);
  expect(keys).toContain('kindreflex-viewer-vreemd');
  expect(keys).not.toContain('kindreflex-viewer-oud');

  // A stale copy of a card, even under assets/, never hides what the server says now.
  const stale = JSON.stringify({ title: 'Oude kopie' });
  await page.evaluate(
    async ([cache, here, body]) => {
      const store = await caches.open(cache!);
      await store.put(`${here}/viewer/card.json`, new Response(body));
      await store.put(`${here}/viewer/assets/kaart.json`, new Response(body));
    },
    [own[0], origin, stale],
  );
  await page.reload();
  await expect(viewer.heading).toHaveText('Kindreflex steekkaart Zuid-Oost-Vlaanderen');
  await viewer.open('?card=./assets/kaart.json');
  await expect(viewer.heading).toHaveText('De kaart kon niet geladen worden');
});
