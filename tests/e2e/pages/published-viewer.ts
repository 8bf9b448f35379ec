// The viewer as a published site serves it: its page made by publishing
// (viewer/publish/site.ts) with the sample card, which carries the card's
// chart as still markup until the viewer's script has drawn its own.
import type { Locator } from '@playwright/test';
import type { Card } from '../../../schema/types';
import { SNAPSHOT_ID } from '../../../viewer/load';
import { siteFiles } from '../../../viewer/publish/site';
import { readRepoFile, ViewerPage } from './viewer-page';

export const SAMPLE = 'samples/kindreflex-zuid-oost-vlaanderen.json';

/** A node's place on screen, in CSS px. */
export type NodeRect = [id: string, x: number, y: number, width: number, height: number];

export class PublishedViewer extends ViewerPage {
  /** Serve /viewer/ as the published page of the sample (its card.json is the sample too). */
  async publish(): Promise<void> {
    const built = await (await this.page.request.get('/viewer/')).text();
    const card = JSON.parse(readRepoFile(SAMPLE)) as Card;
    const html = siteFiles({ files: { 'index.html': built } }, card)['index.html']!;
    await this.page.route(
      (url) => url.pathname === '/viewer/',
      (route) => route.fulfill({ contentType: 'text/html', body: html }),
    );
  }

  /** The viewer's script never arrives: what the page shows on its own. */
  async withoutScript(): Promise<void> {
    await this.page.route('**/viewer/assets/*.js', (route) => route.abort());
  }

  /** The still chart's wrapper, in the page whether shown or not until the viewer removes it. */
  get still(): Locator {
    return this.page.locator(`#${SNAPSHOT_ID}`);
  }

  /** The viewer's own chart nodes (not the still chart's). */
  get liveNodes(): Locator {
    return this.page.locator('#app .chart .node');
  }

  get stillNodes(): Locator {
    return this.still.locator('.chart .node');
  }

  async rects(nodes: Locator): Promise<NodeRect[]> {
    return nodes.evaluateAll((elements) =>
      elements.map((e): NodeRect => {
        const r = e.getBoundingClientRect();
        return [e.getAttribute('data-node') ?? '', r.x, r.y, r.width, r.height];
      }),
    );
  }
}
