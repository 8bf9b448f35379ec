// The viewer as a test sees it: open it (with the sample, a fixture card or
// an inline card), switch views, find chart nodes, run axe.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const require = createRequire(import.meta.url);
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const readRepoFile = (path: string): string => readFileSync(repoRoot + path, 'utf8');
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export type ViewName = 'Stroomschema' | 'Stap voor stap' | 'Adressen' | 'Tekstversie';

export class ViewerPage {
  constructor(readonly page: Page) {}

  /** Open the viewer; `query` and `hash` as they go in the address ("?card=…", "#view=gids"). */
  async open(query = '', hash = ''): Promise<void> {
    await this.page.goto(`/viewer/${query}${hash}`);
  }

  /** Open the viewer with a repository file as its card, served beside it as `fixtures/<name>`. */
  async openWithCard(path: string, hash = ''): Promise<void> {
    const name = path.split('/').pop()!;
    await this.page.route(`**/viewer/fixtures/${name}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: readRepoFile(path) }),
    );
    await this.open(`?card=fixtures/${name}`, hash);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get chart(): Locator {
    return this.page.getByRole('group', { name: /Stroomschema|Flowchart/ });
  }

  /** The chart's pan-and-zoom plane (an SVG moved by a CSS transform). */
  get plane(): Locator {
    return this.chart.locator('svg.chart-plane');
  }

  /** The transform of the chart's pan-and-zoom plane, as [x, y, k] (CSS keeps six digits). */
  async viewport(): Promise<number[]> {
    const transform = await this.plane.evaluate((svg) => (svg as SVGElement).style.transform);
    return transform.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
  }

  /** The chart fits itself once it knows its size (a ResizeObserver): wait for that. */
  async waitForFit(): Promise<void> {
    await expect.poll(() => this.viewport()).not.toEqual([0, 0, 1]);
  }

  node(id: string): Locator {
    return this.page.locator(`.chart [data-node="${id}"]`);
  }

  get panel(): Locator {
    return this.page.locator('aside.panel');
  }

  async show(view: ViewName): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Weergave' })
      .getByRole('link', { name: view })
      .click();
    await expect(this.page.getByRole('link', { name: view, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }

  /** axe-core on the page as it is now: no WCAG 2.1 A/AA violations. */
  async expectAccessible(): Promise<void> {
    await this.page.addScriptTag({ path: AXE_PATH });
    const results = await this.page.evaluate(() =>
      (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    );
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  }
}
