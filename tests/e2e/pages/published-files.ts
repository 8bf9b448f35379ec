// Opening what publishing made as a reader would: the site folder from a web
// server under a sub-path, then with the server gone and the network off; the
// single HTML file from disk, with no request leaving the page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type BrowserContext } from '@playwright/test';
import { unzipSync } from 'fflate';
import { serveFolder } from './static-site';

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
    const own = pathToFileURL(file).href;
    await page.goto(own);
    await expect(page.getByText(text).first()).toBeVisible();
    // Nothing but the page itself (and data: URLs inside it): no other file, no network.
    expect(requests.filter((url) => url !== own && !url.startsWith('data:'))).toEqual([]);
  } finally {
    await context.setOffline(false);
    await page.close();
  }
}
