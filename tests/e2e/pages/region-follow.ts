// Page object for regions that follow their base on the shared server: the
// catalogue in the studio ("Aanpassen voor mijn regio"), the notice of a new
// base release with "Bekijken en overnemen…" and "Later", and the base of a
// regional card in the card list.
import { expect, type Locator, type Page } from '@playwright/test';
import { RegionalDialogs } from './regional-dialogs';

export class RegionFollow {
  readonly notice: Locator;
  readonly catalogue: Locator;
  readonly regional: RegionalDialogs;

  constructor(readonly page: Page) {
    this.notice = page.getByTestId('base-notice');
    this.catalogue = page.getByRole('dialog', {
      name: /^(Catalogus van gepubliceerde kaarten|Aanpassen voor mijn regio: .*)$/,
    });
    this.regional = new RegionalDialogs(page);
  }

  /** The base line of a card in the card list, under its workspace. */
  cardBase(workspace: string, title: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Kaarten' })
      .getByRole('region', { name: new RegExp(`^${workspace} \\(`) })
      .getByRole('button', { name: new RegExp(title) })
      .getByTestId('card-base');
  }

  async openCatalogue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kaart uit de catalogus aanpassen…' }).click();
    await expect(this.catalogue).toBeVisible();
  }

  /** The entry of the catalogue dialog published by this workspace. */
  entry(workspaceName: string): Locator {
    return this.catalogue
      .getByRole('article')
      .filter({ hasText: `Uitgegeven door ${workspaceName}` });
  }

  /** Fills in the open "Aanpassen voor mijn regio" form and makes the card. */
  async adapt(region: string, municipalities: string[]): Promise<void> {
    await expect(this.catalogue).toHaveAccessibleName(/^Aanpassen voor mijn regio: /);
    await this.catalogue.getByLabel('Naam van de regio').fill(region);
    await this.catalogue.getByLabel('Gemeenten van de regio').fill(municipalities.join(', '));
    await this.catalogue.getByRole('button', { name: 'Regionale versie maken' }).click();
    await expect(this.catalogue).toBeHidden();
  }

  /** "Bekijken en overnemen…": the base update dialog with the server's release. */
  async reviewUpdate(): Promise<Locator> {
    await this.notice.getByRole('button', { name: 'Bekijken en overnemen…' }).click();
    await expect(this.regional.updateDialog).toBeVisible();
    return this.regional.updateDialog;
  }

  async later(): Promise<void> {
    await this.notice.getByRole('button', { name: 'Later' }).click();
    await expect(this.notice).toBeHidden();
  }
}
