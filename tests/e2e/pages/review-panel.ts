// Page object for review ("nalezing") in the Versies tab of a server card,
// and for the stable addresses a server release shows (publish dialog and
// release list): offering, approving, sending back, the compare view the
// reviewer reads, the addresses and their copy buttons.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReviewPanel {
  readonly root: Locator;
  readonly current: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('review-panel');
    this.current = this.root.locator('.review').first();
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  private async textDialog(title: string, label: string, text: string, confirm: string) {
    const dialog = this.page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    if (text) await dialog.getByLabel(label).fill(text);
    await dialog.getByRole('button', { name: confirm, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async offer(message: string): Promise<void> {
    await this.button('Ter nalezing aanbieden…').click();
    await this.textDialog(
      'Ter nalezing aanbieden',
      'Bericht voor wie naleest',
      message,
      'Aanbieden',
    );
    await expect(this.current).toContainText('Wacht op nalezing');
  }

  async approve(comment = ''): Promise<void> {
    await this.button('Goedkeuren').click();
    await this.textDialog('Goedkeuren', 'Opmerking (niet verplicht)', comment, 'Goedkeuren');
    await expect(this.current).toContainText('Goedgekeurd');
  }

  async sendBack(comment: string): Promise<void> {
    await this.button('Terugsturen…').click();
    await this.textDialog('Terugsturen', 'Wat moet er anders?', comment, 'Terugsturen');
    await expect(this.current).toContainText('Teruggestuurd');
  }

  async readChanges(): Promise<void> {
    await this.button('Wijzigingen bekijken').click();
  }
}

/** The stable addresses of a release, inside `root` (the publish dialog, the release list). */
export class AddressesPanel {
  readonly root: Locator;

  constructor(scope: Locator) {
    this.root = scope.getByRole('region', { name: 'Vaste adressen' });
  }

  address(which: 'latest' | 'version' | 'data'): Locator {
    return this.root.getByTestId(`address-${which}`).locator('code');
  }

  get snippet(): Locator {
    return this.root.getByLabel('Insluiten op een website', { exact: true });
  }

  /** Clicks the copy button of an address and returns what the clipboard holds. */
  async copy(which: 'latest' | 'version' | 'data'): Promise<string> {
    const row = this.root.getByTestId(`address-${which}`);
    await row.getByRole('button', { name: /^Kopiëren/ }).click();
    await expect(row.getByRole('button', { name: /^Kopiëren/ })).toHaveText('Gekopieerd');
    return this.root.page().evaluate(() => navigator.clipboard.readText());
  }
}
