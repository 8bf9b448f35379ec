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
    await this.root.getByRole('button', { name: 'Publiceren…' }).click();
    await expect(this.publishDialog).toBeVisible();
  }

  get publishButton(): Locator {
    return this.publishDialog.getByRole('button', { name: 'Publiceren', exact: true });
  }

  /** Publishes with the suggested version, accepting the warnings; returns the version. */
  async publish(notes: string): Promise<string> {
    await this.openPublish();
    await this.publishDialog.getByLabel('Publicatienota (voor lezers)').fill(notes);
    const version = await this.publishDialog.getByLabel('Versienummer').inputValue();
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

/**
 * Changes the open card as another tab would have saved it (straight into the
 * studio's IndexedDB row), then reloads: for edits whose editor is not part of
 * this branch (the directory's phone numbers).
 */
export async function editStoredCard<T>(page: Page, mutate: (card: T) => void): Promise<void> {
  type Row = { rowId: string; revision: number; updatedAt: number; card: unknown };
  const rowIn = (write: Row | null) =>
    page.evaluate(
      (write) =>
        new Promise<Row>((resolve, reject) => {
          const open = indexedDB.open('kindreflex-studio');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('cards', 'readwrite').objectStore('cards');
            const request = write ? store.put(write) : store.getAll();
            request.onsuccess = () => {
              const rows = request.result as Row[] | string;
              open.result.close();
              resolve(Array.isArray(rows) ? rows[0]! : write!);
            };
            request.onerror = () => reject(request.error);
          };
        }),
      write,
    );
  const row = await rowIn(null);
  mutate(row.card as T);
  await rowIn({ ...row, revision: row.revision + 1, updatedAt: Date.now() });
  await page.reload();
}
