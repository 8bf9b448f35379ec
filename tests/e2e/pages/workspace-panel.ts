// Page object for the shared workspace in the studio: the workspaces' cards in
// the card list, the banners (offline, conflict, read-only), who else has the
// card open and whether it is on the server.
import { expect, type Locator, type Page } from '@playwright/test';
import { CanvasPanel } from './canvas-panel';

export class WorkspacePanel {
  readonly cardList: Locator;
  readonly offlineBanner: Locator;
  readonly conflictBanner: Locator;
  readonly readOnlyNote: Locator;
  readonly presence: Locator;
  readonly serverState: Locator;

  constructor(readonly page: Page) {
    this.cardList = page.getByRole('navigation', { name: 'Kaarten' });
    this.offlineBanner = page.getByTestId('offline-banner');
    this.conflictBanner = page.getByTestId('server-conflict');
    this.readOnlyNote = page.getByTestId('read-only-note');
    this.presence = page.getByTestId('presence');
    this.serverState = page.getByTestId('server-state');
  }

  /** A workspace's part of the card list; its heading is the name and the role. */
  workspace(name: string): Locator {
    return this.cardList.getByRole('region', { name: new RegExp(`^${name} \\(`) });
  }

  cardButton(workspace: string, title: string): Locator {
    return this.workspace(workspace).getByRole('button', { name: new RegExp(title) });
  }

  async openCard(workspace: string, title: string): Promise<void> {
    await this.cardButton(workspace, title).first().click();
    await expect(this.cardButton(workspace, title).first()).toHaveAttribute('aria-current', 'true');
    await new CanvasPanel(this.page).waitForCard();
  }

  /** Waits until the open card's changes are all on the server. */
  async waitUntilOnServer(): Promise<void> {
    await expect(this.serverState).toHaveAttribute('data-state', 'synced');
  }

  async localCardMenu(title: string): Promise<Locator> {
    const local = this.cardList.locator(':scope > ul').first();
    await local.getByLabel(`Acties voor ${title}`, { exact: true }).first().click();
    return this.cardList.locator('details[open] .menu-items');
  }
}
