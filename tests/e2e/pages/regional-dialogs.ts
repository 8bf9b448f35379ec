// Page object for regional versions: "Regionale versie maken…" from the card
// list's menu or the directory view, and "Update van de basiskaart
// importeren…" (or "Update ophalen van een adres…") with its changes and
// conflict choices.
import { expect, type Locator, type Page } from '@playwright/test';

export class RegionalDialogs {
  readonly versionDialog: Locator;
  readonly updateDialog: Locator;

  constructor(readonly page: Page) {
    this.versionDialog = page.getByRole('dialog', { name: 'Regionale versie maken' });
    this.updateDialog = page.getByRole('dialog', { name: 'Update van de basiskaart' });
  }

  /** Fills in the open "Regionale versie maken" dialog and makes the card. */
  async fillVersion(region: string, municipalities: string[], title?: string): Promise<void> {
    await expect(this.versionDialog).toBeVisible();
    await this.versionDialog.getByLabel('Naam van de regio').fill(region);
    await this.versionDialog.getByLabel('Gemeenten van de regio').fill(municipalities.join(', '));
    if (title !== undefined)
      await this.versionDialog.getByLabel('Titel van de nieuwe kaart').fill(title);
    await this.versionDialog.getByRole('button', { name: 'Regionale versie maken' }).click();
    await expect(this.versionDialog).toBeHidden();
  }

  /** "Regionale versie maken…" in the directory view, for the open card. */
  async makeVersionOfOpenCard(region: string, municipalities: string[]): Promise<void> {
    await this.page
      .locator('.directory-view')
      .getByRole('button', { name: 'Regionale versie maken…' })
      .click();
    await this.fillVersion(region, municipalities);
    await expect(this.page.getByTestId('origin')).toBeVisible();
  }

  /** Chooses a newer base card file in the directory view and returns the update dialog. */
  async chooseBaseUpdate(name: string, json: string): Promise<Locator> {
    await this.page.getByTestId('base-update-input').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect(this.updateDialog).toBeVisible();
    return this.updateDialog;
  }

  /** "Update ophalen van een adres…" in the directory view; returns the update dialog. */
  async fetchBaseUpdate(url: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Update ophalen van een adres…' }).click();
    const ask = this.page.getByRole('dialog', { name: 'Update van de basiskaart ophalen' });
    await ask.getByLabel('Adres van de gepubliceerde basiskaart').fill(url);
    await ask.getByRole('button', { name: 'Ophalen' }).click();
    await expect(ask).toBeHidden();
    await expect(this.updateDialog).toBeVisible();
    return this.updateDialog;
  }

  /** The fieldset of a conflict, found by words of its sentence. */
  conflict(text: string | RegExp): Locator {
    return this.updateDialog.locator('fieldset.conflict').filter({ hasText: text });
  }

  async takeUpdate(): Promise<void> {
    await this.updateDialog.getByRole('button', { name: 'Update overnemen' }).click();
    await expect(this.updateDialog).toBeHidden();
  }
}
