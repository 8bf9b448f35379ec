// Page object for the "Versies" tab: saving, comparing and restoring versions,
// publishing, and the downloads of a release.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export class VersionsPanel {
  readonly root: Locator;
  readonly history: Locator;
  readonly compareResult: Locator;
  readonly publishDialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('tabpanel', { name: 'Versies' });
    this.history = this.root.getByRole('list', { name: 'Geschiedenis' });
    this.compareResult = this.root.getByTestId('compare-result');
    this.publishDialog = page.getByRole('dialog', { name: 'Kaart publiceren' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Versies' }).click();
    await expect(this.root.getByRole('button', { name: 'Versie bewaren' })).toBeVisible();
  }

  /** A node of the comparison's chart. */
  chartNode(id: string): Locator {
    return this.compareResult.getByTestId(`rf__node-${id}`);
  }

  get chartLegend(): Locator {
    return this.compareResult.locator('figcaption');
  }

  version(message: string): Locator {
    return this.history.getByRole('listitem').filter({ hasText: message });
  }

  async saveVersion(message: string, author?: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Versie bewaren' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Versie bewaren' });
    await dialog.getByLabel('Wat is er veranderd?').fill(message);
    if (author !== undefined) await dialog.getByLabel('Je naam').fill(author);
    await dialog.getByRole('button', { name: 'Versie bewaren' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.version(message).first()).toBeVisible();
  }

  async compareWithCurrent(message: string): Promise<void> {
    await this.version(message)
      .first()
      .getByRole('button', { name: 'Vergelijk met de huidige kaart' })
      .click();
  }

  async restore(message: string): Promise<void> {
    await this.version(message).first().getByRole('button', { name: 'Herstellen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Deze versie herstellen?' });
    await dialog.getByRole('button', { name: 'Herstellen' }).click();
    await expect(dialog).toBeHidden();
  }

  async openPublish(): Promise<void> {
    await this.root.getByRole('button', { name: 'Publiceren…', exact: true }).click();
    await expect(this.publishDialog).toBeVisible();
  }

  get publishButton(): Locator {
    return this.publishDialog.getByRole('button', { name: 'Publiceren', exact: true });
  }

  /** Publishes with the suggested version, accepting the warnings; returns the version. */
  async publish(notes: string): Promise<string> {
    await this.openPublish();
    return this.confirmPublish(notes);
  }

  /** In the open publish dialog: notes, the version (suggested, or `number`), warnings accepted. */
  async confirmPublish(notes: string, number?: string): Promise<string> {
    await this.publishDialog.getByLabel('Publicatienota (voor lezers)').fill(notes);
    const field = this.publishDialog.getByLabel('Versienummer');
    // The suggestion arrives once the dialog opened; a number typed before it would be replaced.
    await expect(field).not.toHaveValue('');
    if (number !== undefined) await field.fill(number);
    const version = await field.inputValue();
    const accept = this.publishDialog.getByLabel(/Ik heb de waarschuwingen gelezen/);
    if (await accept.count()) await accept.check();
    await this.publishButton.click();
    await expect(this.publishDialog.getByRole('status')).toContainText(
      `Versie ${version} is gepubliceerd.`,
    );
    return version;
  }

  /** Clicks a download button in the publish dialog; returns the file's name and bytes. */
  async download(label: string): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.publishDialog.getByRole('button', { name: label }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }
}
