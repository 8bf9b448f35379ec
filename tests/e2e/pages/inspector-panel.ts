// The inspector beside the canvas: the selected node's or arrow's fields.
import type { Locator, Page } from '@playwright/test';

export class InspectorPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Eigenschappen' });
  }

  field(label: string | RegExp): Locator {
    return this.root.getByLabel(label, { exact: typeof label === 'string' });
  }

  get kind(): Locator {
    return this.root.locator('.inspector-kind');
  }

  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name });
  }

  role(name: string): Locator {
    return this.root.getByRole('checkbox', { name });
  }

  /** The partners shown under a role the step names, or the warning that none fills it. */
  fillers(roleName: string): Locator {
    return this.root.getByRole('group', { name: `Wie vult de rol in: ${roleName}` });
  }

  problems(): Locator {
    return this.root.locator('.field-problems li');
  }
}
