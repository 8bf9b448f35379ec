// Page object for the studio's frame: toolbar, card list, import and export,
// save status, and a look into the browser database.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export interface StoredCard {
  rowId: string;
  title: string;
  revision: number;
  deletedAt: number;
}

export class StudioPage {
  readonly saveStatus: Locator;
  readonly cardList: Locator;
  readonly cardTitle: Locator;

  constructor(readonly page: Page) {
    this.saveStatus = page.getByTestId('save-status');
    this.cardList = page.getByRole('navigation', { name: 'Kaarten' });
    this.cardTitle = page.getByRole('textbox', { name: 'Titel van de kaart' });
  }

  async open(): Promise<void> {
    await this.page.goto('/editor/');
    await expect(this.cardTitle).toBeVisible();
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-status', /saved|followed/);
  }

  cardButton(title: string | RegExp): Locator {
    return this.cardList.getByRole('button', { name: title }).first();
  }

  async cardMenu(title: string): Promise<Locator> {
    await this.cardList.getByLabel(`Acties voor ${title}`, { exact: true }).click();
    return this.cardList.locator('details[open] .menu-items');
  }

  async importFile(name: string, content: string | Buffer): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: typeof content === 'string' ? Buffer.from(content) : content,
    });
  }

  /** Exports the open card through the toolbar and returns the file's text. */
  async exportCard(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Exporteren (JSON)' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }

  /** The rows of the studio's IndexedDB, read directly, to prove what did or did not change. */
  async storedCards(): Promise<StoredCard[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredCard[]>((resolve, reject) => {
          const open = indexedDB.open('kindreflex-studio');
          open.addEventListener('error', () => reject(open.error));
          open.addEventListener('success', () => {
            const request = open.result.transaction('cards').objectStore('cards').getAll();
            request.addEventListener('success', () => {
              resolve(
                (request.result as StoredCard[]).map(({ rowId, title, revision, deletedAt }) => ({
                  rowId,
                  title,
                  revision,
                  deletedAt,
                })),
              );
              open.result.close();
            });
            request.addEventListener('error', () => reject(request.error));
          });
        }),
    );
  }
}
