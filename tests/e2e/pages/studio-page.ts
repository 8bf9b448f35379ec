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

  /** The stored card (the row's JSON value) of a row, as the database holds it. */
  async storedCard(rowId: string): Promise<Record<string, unknown>> {
    await this.page.evaluate(DB_HELPERS);
    return this.page.evaluate((id) => dbRow(id).then((row) => row.card), rowId);
  }

  /**
   * Writes a card into a row behind the studio's back, as an older version of the
   * studio or a damaged disk might have left it. Call before (re)loading the page.
   */
  async damageStoredCard(rowId: string, card: unknown, title: string): Promise<void> {
    await this.page.evaluate(DB_HELPERS);
    await this.page.evaluate(([id, value, name]) => dbPut(id as string, value, name as string), [
      rowId,
      card,
      title,
    ] as const);
  }

  /** How many versions, snapshots and releases the database holds for a card row. */
  async historyCounts(rowId: string): Promise<Record<string, number>> {
    await this.page.evaluate(DB_HELPERS);
    return this.page.evaluate((id) => dbCounts(id), rowId);
  }

  /** The row's contents kept by repair mode. */
  async replacedContents(rowId: string): Promise<unknown[]> {
    await this.page.evaluate(DB_HELPERS);
    return this.page.evaluate((id) => dbRow(id).then((row) => row.replaced ?? []), rowId);
  }
}

// Defined in the page by DB_HELPERS.
declare function dbRow(
  rowId: string,
): Promise<{ card: Record<string, unknown>; replaced?: unknown[] }>;
declare function dbPut(rowId: string, card: unknown, title: string): Promise<void>;
declare function dbCounts(rowId: string): Promise<Record<string, number>>;

/** Page helpers for reading and writing rows of the studio's IndexedDB. */
const DB_HELPERS = `(() => {
  function dbStore(mode, run, tables = ['cards']) {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('kindreflex-studio');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(tables, mode);
        const result = run(...tables.map((t) => tx.objectStore(t)));
        tx.oncomplete = () => { open.result.close(); resolve(result.value); };
        tx.onerror = () => reject(tx.error);
      };
    });
  }
  // A card's row and its content (in cardBodies) read and written together.
  window.dbRow = (rowId) => dbStore('readonly', (cards, bodies) => {
    const out = {};
    cards.get(rowId).onsuccess = (e) => {
      const row = e.target.result;
      bodies.get(rowId).onsuccess = (b) => (out.value = { ...row, ...b.target.result });
    };
    return out;
  }, ['cards', 'cardBodies']);
  window.dbPut = (rowId, card, title) => dbStore('readwrite', (cards, bodies) => {
    cards.get(rowId).onsuccess = (e) => {
      const row = e.target.result;
      cards.put({ ...row, title, revision: row.revision + 1, updatedAt: Date.now() });
      bodies.get(rowId).onsuccess = (b) => bodies.put({ ...b.target.result, rowId, card });
    };
    return {};
  }, ['cards', 'cardBodies']);
  window.dbCounts = async (rowId) => {
    const counts = {};
    for (const table of ['cardBodies', 'versions', 'snapshots', 'releases'])
      counts[table] = await dbStore('readonly', (store) => {
        const out = {};
        store.getAll().onsuccess = (e) =>
          (out.value = e.target.result.filter((r) => r.rowId === rowId).length);
        return out;
      }, [table]);
    return counts;
  };
})()`;
