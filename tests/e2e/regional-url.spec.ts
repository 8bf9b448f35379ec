// Without a shared server of its own, the studio takes a base update from the
// address where the base is published (its card.json, or the viewer's page
// that stands for it), read through the same load path as a file. An address
// that gives no card is refused and nothing changes.
import { expect, test } from '@playwright/test';
import { DirectoryPanel } from './pages/directory-panel';
import { RegionalDialogs } from './pages/regional-dialogs';
import { StudioPage } from './pages/studio-page';
import { REWORDED } from './regional-data';
import { basePublisher, reword } from './support/releases';
import { sharedServerUrl } from './support/shared-server';
import { sharedWorld } from './support/shared-world';

test('a regional card takes the update from a published card.json address', async ({ page }) => {
  const zov = await sharedWorld({ Zoe: 'beheerder' });
  const base = await basePublisher(zov, 'Zoe');
  const release = await base.release('2027.1', reword('s3-stap-2', REWORDED));
  await base.dispose();

  const studio = new StudioPage(page);
  const directory = new DirectoryPanel(page);
  const regional = new RegionalDialogs(page);
  await studio.open();
  expect(new URL(page.url()).origin).not.toBe(sharedServerUrl);
  const menu = await studio.cardMenu('Kindreflex steekkaart');
  await menu.getByRole('button', { name: 'Regionale versie maken…' }).click();
  await regional.fillVersion('Limburg', ['Hasselt', 'Genk']);

  // An address that is not there: refused, the card unchanged.
  const refused = await regional.fetchBaseUpdate(`${sharedServerUrl}/k/${zov.slug}/bestaat-niet/`);
  await expect(refused.getByRole('alert')).toContainText('gaf geen kaart terug');
  await refused.getByRole('button', { name: 'Sluiten' }).click();
  await expect(directory.origin).toContainText('Afgeleid van ‘Kindreflex steekkaart’');

  // The stable address as the publisher passed it on: the viewer page stands for its card.json.
  const update = await regional.fetchBaseUpdate(release.url);
  await expect(update.getByTestId('base-changes')).toContainText(`→ „${REWORDED}”`);
  await regional.takeUpdate();
  await expect(directory.origin).toContainText('(versie 2027.1,');
  await studio.waitUntilSaved();
  const { text } = await studio.exportCard();
  expect(text).toContain(REWORDED);
});
