// The problems panel under the views: counts in its heading, errors first.
import type { Locator, Page } from '@playwright/test';

export class ProblemsPanel {
  readonly root: Locator;
  readonly toggle: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: /^Problemen/ });
    this.toggle = this.root.getByRole('button', { name: /^Problemen/ });
    this.list = this.root.locator('#problems-list');
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
