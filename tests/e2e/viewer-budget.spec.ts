// The viewer's weight: every JavaScript and CSS file it loads, the service
// worker included, at most 30 kB gzipped together (the card is not counted).
// Measured on what the browser actually requests, read from dist/viewer.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { repoRoot, ViewerPage } from './pages/viewer-page';

export const BUDGET_BYTES = 30_000;

test('the viewer loads one JS and one CSS file, within 30 kB gzipped with its service worker', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (['script', 'stylesheet'].includes(r.resourceType())) loaded.push(new URL(r.url()).pathname);
  });
  const viewer = new ViewerPage(page);
  await viewer.open();
  await expect(viewer.heading).toBeVisible();
  for (const view of ['Stap voor stap', 'Adressen', 'Tekstversie'] as const)
    await viewer.show(view);

  expect(loaded.filter((p) => p.endsWith('.js'))).toHaveLength(1);
  expect(loaded.filter((p) => p.endsWith('.css'))).toHaveLength(1);
  const files = [...loaded, '/viewer/sw.js'].map((p) => p.replace(/^\/viewer\//, 'dist/viewer/'));
  const sizes = files.map((f) => [f, gzipSync(readFileSync(repoRoot + f), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, size]) => sum + Number(size), 0);
  test.info().annotations.push({ type: 'gzip bytes', description: JSON.stringify(sizes) });
  console.log(`viewer JS+CSS+sw.js gzipped: ${total} bytes`, sizes);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
