// Page object for signing in to the shared workspace: the toolbar's sign-in
// button and dialog, and the account menu with "Afmelden".
import { expect, type Locator, type Page } from '@playwright/test';
import type { Member } from '../support/shared-world';

export class SignInPanel {
  readonly dialog: Locator;
  readonly openButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Aanmelden bij de gedeelde werkruimte' });
    this.openButton = page.getByRole('banner').getByRole('button', { name: 'Aanmelden' });
  }

  accountMenu(member: Member): Locator {
    return this.page.getByLabel(`Account: ${member.name}`, { exact: true });
  }

  async signIn(member: Member): Promise<void> {
    await this.openButton.click();
    await this.fill(member);
  }

  /** Signs in through the dialog that is open (the studio asked for it). */
  async fill(member: Member): Promise<void> {
    await this.dialog.getByLabel('E-mailadres').fill(member.email);
    await this.dialog.getByLabel('Wachtwoord').fill(member.password);
    await this.dialog.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.accountMenu(member)).toBeVisible();
  }

  async signOut(member: Member): Promise<void> {
    await this.accountMenu(member).click();
    await this.page.getByRole('button', { name: 'Afmelden' }).click();
  }
}
