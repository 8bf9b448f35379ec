// The chart as SVG and PNG from the studio, drawn like the published card.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

test('the chart exports as an SVG with all its text, and as a PNG at twice its size', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Schema exporteren als SVG' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toMatch(
    /^kindreflex-steekkaart-zuid-oost-vlaanderen-schema-\d{4}-\d{2}-\d{2}\.svg$/,
  );
  const svg = await readFile(await svgFile.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      text: root.textContent ?? '',
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.scripts).toBe(0);
  for (const phrase of [
    'START',
    'Er is acuut gevaar',
    'Betrek het PARKET en/of POLITIE.',
    'Continue dialoog',
    'TIP',
  ])
    expect(parsed.text).toContain(phrase);

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Schema exporteren als PNG' }).click();
  const png = await readFile(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height as big-endian integers at bytes 16 and 20.
  expect(png.readUInt32BE(16)).toBe(parsed.width * 2);
  expect(png.readUInt32BE(20)).toBe(parsed.height * 2);
});
