// The problems panel under the views: counts in its heading, errors first.
import { expect, type Locator, type Page } from '@playwright/test';

export class ProblemsPanel {
  readonly root: Locator;
  readonly toggle: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: /^Problemen/ });
    this.toggle = this.root.getByRole('button', { name: /^Problemen/ });
    this.list = this.root.locator('#problems-list');
  }

  /** Unfolds the panel (it starts folded when it holds only warnings). */
  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-expanded')) === 'false') await this.toggle.click();
    await expect(this.list).toBeVisible();
  }

  group(name: 'Fouten' | 'Waarschuwingen'): Locator {
    return this.root.getByRole('region', { name: new RegExp(`^${name} \\(`) });
  }

  problem(text: string | RegExp): Locator {
    return this.root.getByRole('button', { name: text });
  }

  items(): Locator {
    return this.root.locator('li.problem');
  }
}
