// Printing gives the card as people know it: two A4 landscape pages, the
// chart on the first (filling it, no text under 7 pt) and the directory on
// the second, each saying which card, region and version it is. From "Stap
// voor stap" with a situation chosen, that situation's checklist prints.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ViewerPage } from './pages/viewer-page';

/** The PDF's text page by page, when poppler's pdftotext is installed (.ci/run installs it). */
function pdfText(pdf: Buffer): string[] | null {
  try {
    const file = join(mkdtempSync(join(tmpdir(), 'kindreflex-pdf-')), 'print.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  } catch {
    return null;
  }
}

/** A4 landscape less the 5 mm margins of styles.css, in CSS pixels (96 per inch). */
const PRINTABLE = { width: (287 / 25.4) * 96, height: (200 / 25.4) * 96 };

/** Page count and page sizes (points) from the PDF's page objects. */
function pdfPages(pdf: Buffer): { count: number; sizes: number[][] } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) =>
    m[1]!.trim().split(/\s+/).map(Number),
  );
  return { count, sizes };
}

for (const hash of ['', '#view=gids', '#view=adressen', '#view=tekst']) {
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

test('page one: the chart fills the page, no text under 7 pt; every page says card, region and date', async ({
  page,
}) => {
  const viewer = new ViewerPage(page);
  await page.setViewportSize({
    width: Math.floor(PRINTABLE.width),
    height: Math.floor(PRINTABLE.height),
  });
  await viewer.open();
  await page.emulateMedia({ media: 'print' });
  const chart = page.locator('.print svg');
  const measured = await chart.evaluate((svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    const scale = Math.min(box.width / view.width, box.height / view.height);
    const sizes = [...svg.querySelectorAll('text')].map((t) =>
      Number(t.getAttribute('font-size') ?? t.closest('[font-size]')!.getAttribute('font-size')),
    );
    return {
      drawn: [view.width * scale, view.height * scale],
      smallest: Math.min(...sizes) * scale,
    };
  });
  // CSS px to points: 72 / 96.
  expect(measured.smallest * 0.75).toBeGreaterThanOrEqual(7);
  const fill = Math.max(
    measured.drawn[0]! / PRINTABLE.width,
    measured.drawn[1]! / PRINTABLE.height,
  );
  expect(fill).toBeGreaterThanOrEqual(0.85);
  const heads = page.locator('.print .print-head');
  await expect(heads).toHaveCount(2);
  for (const head of await heads.all())
    await expect(head).toHaveText(
      /^Kindreflex steekkaart · Zuid-Oost-Vlaanderen · niet gepubliceerd, afgedrukt op \d+ \w+ 20\d\d$/,
    );

  const pages = pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  test.skip(!pages, 'pdftotext (poppler-utils) is not installed');
  expect(pages![0]).toContain('niet gepubliceerd');
  expect(pages![0]).toContain('Scenario 5');
  expect(pages![1]).toContain('Zuid-Oost-Vlaanderen');
  expect(pages![1]).toContain('Ondersteuning voor ouders');
});

test('from "Stap voor stap", the chosen situation prints as a checklist with its contacts', async ({
  page,
}) => {
  const viewer = new ViewerPage(page);
  await viewer.open('', '#view=gids&stap=scenario-2');
  await expect(page.getByRole('heading', { name: 'Scenario 2' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print')).toBeHidden();
  await expect(page.locator('main .print-head')).toBeVisible();
  await expect(page.locator('main .checklist > li')).toHaveCount(8);
  await expect(page.locator('main .checklist')).toContainText('09 216 73 30');
  await expect(page.getByRole('button', { name: 'Kopieer samenvatting' })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdfText(pdf);
  test.skip(!pages, 'pdftotext (poppler-utils) is not installed');
  const text = pages!.join('\n');
  expect(text).toContain('Bij twijfel: bel (anoniem) het VK en/of het OCJ.');
  expect(text).toContain('Vertrouwenscentrum Kindermishandeling');
  expect(text).not.toContain('Hulpbronnen');
});
