// A published page shows its card's chart before the viewer's script has run
// (viewer/publish/snapshot.tsx): in the place the viewer then draws it, never
// focused, read out or printed, and only where it is what the viewer will show.
import { expect, test } from '@playwright/test';
import { PublishedViewer, type NodeRect } from './pages/published-viewer';

// A service worker would answer the page from its cache instead of the routes below.
test.use({ serviceWorkers: 'block' });

const SIZES = [
  { name: 'a desktop', width: 1280, height: 800 },
  { name: 'a phone', width: 390, height: 844 },
];

for (const size of SIZES)
  test(`on ${size.name}, the still chart is where the viewer then draws it`, async ({ page }) => {
    await page.setViewportSize(size);
    const viewer = new PublishedViewer(page);
    await viewer.publish();
    await viewer.withoutScript();
    await viewer.open();
    await expect(viewer.still).toBeVisible();
    await expect(viewer.stillNodes).toHaveCount(37);
    await expect(viewer.still.locator('[data-node=start]')).toBeInViewport();
    const still = await viewer.rects(viewer.stillNodes);

    await page.unroute('**/viewer/assets/*.js');
    await page.reload();
    await viewer.waitForFit();
    await expect(viewer.still).toHaveCount(0);
    const live = new Map((await viewer.rects(viewer.liveNodes)).map((r) => [r[0], r]));
    const apart = (a: NodeRect) => {
      const b = live.get(a[0])!;
      return Math.max(...[1, 2, 3, 4].map((i) => Math.abs(Number(a[i]) - Number(b[i]))));
    };
    expect(live.size).toBe(37);
    expect(Math.max(...still.map(apart))).toBeLessThan(0.5);
  });

test('the still chart is neither focused, read out nor printed', async ({ page }) => {
  const viewer = new PublishedViewer(page);
  await viewer.publish();
  await viewer.withoutScript();
  await viewer.open();
  await expect(viewer.stillNodes).toHaveCount(37);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(page.getByRole('heading')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await viewer.expectAccessible();
  await page.emulateMedia({ media: 'print' });
  await expect(viewer.still).toBeHidden();
});

test('another view, language or card does not show the still chart', async ({ page }) => {
  const viewer = new PublishedViewer(page);
  await viewer.publish();
  await viewer.withoutScript();
  for (const [query, hash] of [
    ['', '#view=adressen'],
    ['', '#lang=en'],
    ['', '#knoop=scenario-1'],
    ['?card=card.json', ''],
  ] as const) {
    await page.goto('about:blank');
    await viewer.open(query, hash);
    await expect(viewer.stillNodes).toHaveCount(37);
    await expect(viewer.still).toBeHidden();
  }
  await page.goto('about:blank');
  await viewer.open('', '#');
  await expect(viewer.still).toBeVisible();
});

test('a slow card keeps the still chart instead of a loading line', async ({ page }) => {
  const viewer = new PublishedViewer(page);
  await viewer.publish();
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/viewer/card.json', async (route) => {
    await answered;
    await route.fulfill({ status: 404 });
  });
  await page.clock.install();

  // Without the still chart (another view), the viewer says it is loading once it takes a while.
  await viewer.open('', '#view=tekst');
  await page.clock.runFor(2000);
  await expect(page.getByText('De kaart wordt geladen…')).toBeVisible();

  await page.goto('about:blank');
  await viewer.open();
  await expect(viewer.still).toBeVisible();
  await page.clock.runFor(2000);
  await expect(page.getByText('De kaart wordt geladen…')).toHaveCount(0);
  await expect(viewer.still).toBeVisible();

  // A card that does not come: the message replaces the still chart.
  answer();
  await expect(viewer.heading).toHaveText('De kaart kon niet geladen worden');
  await expect(viewer.still).toHaveCount(0);
});
