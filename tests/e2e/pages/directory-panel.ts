// Page object for the "Partnergids" view: sections, entries, a partner's
// form, search and filters, the roles panel and the CSV round trip.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { StudioPage } from './studio-page';

export class DirectoryPanel {
  readonly root: Locator;
  readonly roles: Locator;
  readonly search: Locator;
  readonly staleOnly: Locator;
  readonly filterCount: Locator;
  readonly origin: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.directory-view');
    this.roles = this.root.getByRole('region', { name: 'Rollen' });
    this.search = this.root.getByRole('searchbox', { name: 'Zoeken' });
    this.staleOnly = this.root.getByRole('checkbox', {
      name: 'Alleen niet gecontroleerd in het laatste jaar',
    });
    this.filterCount = this.root.locator('.filter-count');
    this.origin = this.root.getByTestId('origin');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Partnergids' }).click();
    await expect(this.root).toBeVisible();
  }

  section(title: string): Locator {
    return this.root.getByRole('region', { name: title, exact: true });
  }

  /** The names of the partners a section lists, in order. */
  async entryNames(sectionTitle: string): Promise<string[]> {
    return this.section(sectionTitle).locator('.entry-name').allTextContents();
  }

  async sectionTitles(): Promise<string[]> {
    return this.root.locator('.dir-section:not(.unlisted) h3').allTextContents();
  }

  /** An entry's row: the partner as a section lists it. */
  entry(sectionTitle: string, partnerName: string): Locator {
    return this.section(sectionTitle)
      .locator('li.entry')
      .filter({
        has: this.page.locator('.entry-name', { hasText: partnerName }),
      });
  }

  toggle(sectionTitle: string, partnerName: string): Locator {
    return this.entry(sectionTitle, partnerName).locator('.entry-toggle');
  }

  /** Opens the entry's form (if closed) and returns it. */
  async openEntry(sectionTitle: string, partnerName: string): Promise<Locator> {
    const toggle = this.toggle(sectionTitle, partnerName);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const form = this.entry(sectionTitle, partnerName).getByRole('group', {
      name: `Gegevens van ${partnerName}`,
    });
    await expect(form).toBeVisible();
    return form;
  }

  roleItem(name: string): Locator {
    return this.roles.locator('li.role-item').filter({
      has: this.page.getByRole('button', { name, exact: true }),
    });
  }

  /** Exports the directory as CSV and returns the file's name and bytes. */
  async exportCsv(): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.root.getByRole('button', { name: 'Exporteren als CSV' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }

  /** Chooses a CSV file to import and returns the dialog that shows the plan. */
  async importCsv(name: string, content: string | Buffer): Promise<Locator> {
    await this.root.getByTestId('csv-input').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: typeof content === 'string' ? Buffer.from(content) : content,
    });
    const dialog = this.page.getByRole('dialog', { name: `Partnergids inlezen uit '${name}'` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** In the import dialog: what the file does to the directory. */
  async importMode(dialog: Locator, mode: 'merge' | 'replace'): Promise<void> {
    const label = mode === 'merge' ? 'Alleen toevoegen en bijwerken' : 'Hele gids vervangen';
    await dialog.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  }
}

/** The studio on its first start, on the directory of the Zuid-Oost-Vlaanderen card. */
export async function openDirectory(
  page: Page,
): Promise<{ studio: StudioPage; directory: DirectoryPanel }> {
  const studio = new StudioPage(page);
  await studio.open();
  const directory = new DirectoryPanel(page);
  await directory.open();
  return { studio, directory };
}

/** A CSV as a coordinator's Dutch spreadsheet saves it: BOM, ';', CRLF. */
export function spreadsheetCsv(rows: string[][]): Buffer {
  const cell = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
  return Buffer.from('\uFEFF' + text, 'utf8');
}
