// Opening what publishing made as a reader would: the site folder from a web
// server under a sub-path, then with the server gone and the network off; the
// single HTML file from disk, with no request leaving the page.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type BrowserContext } from '@playwright/test';
import { unzipSync } from 'fflate';
import { serveFolder } from './static-site';

/**
 * Whether the built viewer (dist/viewer/) is one that works offline: a service
 * worker for the site, and reading the card inlined in the page for the single file.
 */
export function viewerWorksOffline(): boolean {
  const dist = 'dist/viewer';
  if (!existsSync(join(dist, 'sw.js'))) return false;
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  return assets.some((f) =>
    readFileSync(join(dist, 'assets', f), 'utf8').includes('kindreflex-card'),
  );
}

export function unzipTo(dir: string, zip: Buffer): void {
  for (const [path, bytes] of Object.entries(unzipSync(zip)))
    if (!path.endsWith('/')) {
      const target = join(dir, path);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, bytes);
    }
}

/** Serves the folder, reads the card, then stops the server, goes offline and reloads. */
export async function expectSiteWorksOffline(
  context: BrowserContext,
  folder: string,
  text: string,
): Promise<void> {
  const site = await serveFolder(folder, '/regio/zov/');
  const reader = await context.newPage();
  try {
    await reader.goto(site.url);
    await expect(reader.getByText(text).first()).toBeVisible();
    await reader.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  } finally {
    await site.close();
  }
  await context.setOffline(true);
  try {
    await reader.reload();
    await expect(reader.getByText(text).first()).toBeVisible();
  } finally {
    await context.setOffline(false);
    await reader.close();
  }
}

/** Opens the file from disk with the network off and checks that nothing was fetched. */
export async function expectSingleFileWorksOffline(
  context: BrowserContext,
  file: string,
  text: string,
): Promise<void> {
  await context.setOffline(true);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(pathToFileURL(file).href);
    await expect(page.getByText(text).first()).toBeVisible();
    expect(requests.filter((url) => !/^(file|data):/.test(url))).toEqual([]);
  } finally {
    await context.setOffline(false);
    await page.close();
  }
}
