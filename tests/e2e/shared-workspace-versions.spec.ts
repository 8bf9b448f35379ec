// Versions of a workspace card live on the server with the author's account
// name: a colleague sees them, compares and restores them. A local card is
// copied into a workspace, with a new card id when the workspace has its id.
import { expect, test } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { SignInPanel } from './pages/sign-in-panel';
import { StudioPage } from './pages/studio-page';
import { VersionsPanel } from './pages/versions-panel';
import { WorkspacePanel } from './pages/workspace-panel';
import { sharedServerUrl } from './support/shared-server';
import { sharedWorld, type SharedWorld } from './support/shared-world';

test.use({ baseURL: sharedServerUrl });
test.describe.configure({ timeout: 120_000 });

const STEP = 's1-stap-1';

async function signedIn(
  browser: import('@playwright/test').Browser,
  world: SharedWorld,
  who: string,
) {
  const context = await browser.newContext({
    baseURL: sharedServerUrl,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  await new StudioPage(page).open();
  await new SignInPanel(page).signIn(world.members[who]!);
  return { context, page, workspace: new WorkspacePanel(page), canvas: new CanvasPanel(page) };
}

test('named versions are kept on the server under the account’s name; a colleague compares and restores', async ({
  browser,
}) => {
  const world = await sharedWorld({ Ann: 'redacteur', Bart: 'redacteur' });
  const ann = await signedIn(browser, world, 'Ann');
  await ann.workspace.openCard(world.name, world.card.title);
  const original = (await ann.canvas.node(STEP).textContent()) ?? '';
  const annVersions = new VersionsPanel(ann.page);
  await annVersions.open();
  await annVersions.saveVersion('Zoals gedrukt');
  await expect(annVersions.version('Zoals gedrukt')).toContainText('door Ann Peeters');

  await ann.page.getByRole('tab', { name: 'Stroomschema' }).click();
  await ann.canvas.node(STEP).click();
  await new InspectorPanel(ann.page).field('Tekst').fill('Bel eerst de ouders.');
  await ann.workspace.waitUntilOnServer();

  const bart = await signedIn(browser, world, 'Bart');
  await bart.workspace.openCard(world.name, world.card.title);
  await expect(bart.canvas.node(STEP)).toContainText('Bel eerst de ouders.');
  const bartVersions = new VersionsPanel(bart.page);
  await bartVersions.open();
  await expect(bartVersions.version('Zoals gedrukt')).toContainText('door Ann Peeters');
  await bartVersions.compareWithCurrent('Zoals gedrukt');
  await expect(bartVersions.compareResult).toContainText('Bel eerst de ouders.');
  await bartVersions.restore('Zoals gedrukt');
  await expect(bartVersions.history.getByRole('listitem').first()).toContainText(
    'door Bart Peeters',
  );

  // Ann, with the card still open, follows the restore.
  await ann.page.getByRole('tab', { name: 'Stroomschema' }).click();
  await expect(ann.canvas.node(STEP)).toHaveText(original, { timeout: 10_000 });
  await ann.context.close();
  await bart.context.close();
});

test('a local card is copied into a workspace, with a new id when the workspace has its id', async ({
  browser,
}) => {
  const world = await sharedWorld({ Ann: 'redacteur' });
  const ann = await signedIn(browser, world, 'Ann');
  // The browser's own sample card has the id of the sample card already in the workspace.
  const menu = await ann.workspace.localCardMenu(world.card.title);
  await menu.getByRole('button', { name: 'Naar werkruimte kopiëren' }).click();
  await expect(ann.page.getByRole('status').filter({ hasText: 'nieuwe kaart-id' })).toBeVisible();
  await expect(ann.workspace.workspace(world.name).getByRole('listitem')).toHaveCount(2);
  const api = await world.api(world.members.Ann!);
  const listed = (await (await api.get(`/api/workspaces/${world.slug}/cards`)).json()) as {
    cards: { cardId: string }[];
  };
  await api.dispose();
  const ids = listed.cards.map((c) => c.cardId);
  expect(new Set(ids).size).toBe(2);
  // The copy is open, as a workspace card; the local card is still there.
  await expect(ann.workspace.workspace(world.name).locator('[aria-current="true"]')).toHaveCount(1);
  await expect(
    ann.page.getByRole('navigation', { name: 'Kaarten' }).locator(':scope > ul > li'),
  ).toHaveCount(1);
  await ann.context.close();
});
