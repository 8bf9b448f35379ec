// The public catalogue (/k/) as a visitor sees it: search by municipality,
// read the cards found, run axe.
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export class CataloguePage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.origin}/k/${query}`);
  }

  get searchField(): Locator {
    return this.page.getByRole('search').getByLabel('Gemeente');
  }

  async search(municipality: string): Promise<void> {
    await this.searchField.fill(municipality);
    await this.page.getByRole('button', { name: 'Zoeken' }).click();
  }

  get resultsHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  /** The cards found, by their heading (title and subtitle). */
  get cards(): Locator {
    return this.page.getByRole('main').getByRole('article');
  }

  /** axe-core (WCAG 2.1 A and AA) on the page as it is now. The page's CSP must be bypassed. */
  async expectAccessible(): Promise<void> {
    await this.page.addScriptTag({ path: AXE_PATH });
    const results = await this.page.evaluate(() =>
      (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe.run({
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      }),
    );
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  }
}
