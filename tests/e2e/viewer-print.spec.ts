// Printing gives the card as people know it, whatever view is open: two A4
// landscape pages, the chart on the first and the directory on the second.
import { expect, test } from '@playwright/test';
import { ViewerPage } from './pages/viewer-page';

/** Page count and page sizes (points) from the PDF's page objects. */
function pdfPages(pdf: Buffer): { count: number; sizes: number[][] } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) =>
    m[1]!.trim().split(/\s+/).map(Number),
  );
  return { count, sizes };
}

for (const hash of ['', '#view=gids&stap=scenario-2', '#view=adressen', '#view=tekst']) {
  test(`prints two A4 landscape pages from ${hash || 'the chart'}`, async ({ page }) => {
    const viewer = new ViewerPage(page);
    await viewer.open('', hash);
    await expect(viewer.heading).toBeVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const { count, sizes } = pdfPages(pdf);
    expect(count).toBe(2);
    expect(sizes.length).toBeGreaterThan(0);
    for (const [x0, y0, x1, y1] of sizes) {
      // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
      expect(Math.abs(x1! - x0! - 841.89)).toBeLessThan(2);
      expect(Math.abs(y1! - y0! - 595.28)).toBeLessThan(2);
    }
  });
}

test('the print copy holds the whole chart and the directory in columns', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.open('', '#view=gids');
  await page.emulateMedia({ media: 'print' });
  const print = page.locator('.print');
  await expect(print).toBeVisible();
  await expect(page.locator('nav.tabs')).toBeHidden();
  await expect(print.locator('svg [data-node]')).toHaveCount(37);
  await expect(print.locator('h3')).toHaveText([
    'Ondersteuning voor ouders',
    'Partners en consult voor professionals',
    'Bij acuut gevaar',
    'Achtergrondinformatie',
  ]);
  const chart = (await print.locator('svg').boundingBox())!;
  expect(chart.width).toBeGreaterThan(chart.height);
});
