// The check, as a coordinator from another province does it: start
// from the Zuid-Oost-Vlaanderen card, make a version for Limburg, put in the
// Limburg contacts from a spreadsheet, take a newer base card, and end with
// the new steps and Limburg's own contacts, with nothing of the old region left.
import { expect, test } from '@playwright/test';
import { DirectoryPanel } from './pages/directory-panel';
import { ProblemsPanel } from './pages/problems-panel';
import { RegionalDialogs } from './pages/regional-dialogs';
import { StudioPage } from './pages/studio-page';
import {
  ADDED_STEP,
  limburgCsv,
  newerBaseJson,
  OLD_REGION_TRACES,
  REWORDED,
} from './regional-data';

test('a Limburg version of the ZOV card keeps its own contacts through a base update', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const directory = new DirectoryPanel(page);
  const regional = new RegionalDialogs(page);
  await studio.open();

  // 1. A regional version, from the card list's menu.
  const menu = await studio.cardMenu('Kindreflex steekkaart');
  await menu.getByRole('button', { name: 'Regionale versie maken…' }).click();
  await regional.fillVersion('Limburg', ['Hasselt', 'Genk', 'Sint-Truiden'], 'Kindreflex Limburg');
  await expect(studio.cardTitle).toHaveValue('Kindreflex Limburg');
  await expect(studio.cardButton(/Kindreflex Limburg/)).toHaveAttribute('aria-current', 'true');
  await expect(directory.root).toBeVisible();
  await expect(directory.origin).toContainText('Afgeleid van ‘Kindreflex steekkaart’');
  await expect(directory.section('Ondersteuning voor ouders')).toContainText(
    'Nog geen partners in deze sectie.',
  );
  // Unfolded: a folded panel draws only its counts.
  const panel = new ProblemsPanel(page);
  await panel.open();
  const problems = panel.list;
  await expect(problems).toContainText(
    "De rol 'het VK' wordt in Limburg door geen enkele partner ingevuld.",
  );

  // 2. The Limburg contacts from the coordinator's spreadsheet.
  const dialog = await directory.importCsv('partners-limburg.csv', limburgCsv());
  await expect(dialog).toContainText('6 toegevoegd, 0 gewijzigd, 0 verwijderd.');
  await expect(dialog.getByTestId('csv-added')).toContainText('Vrij CLB Limburg');
  await dialog.getByRole('button', { name: 'Toepassen' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => directory.entryNames('Partners en consult voor professionals'))
    .toEqual([
      'Vertrouwenscentrum Kindermishandeling Limburg',
      'Ondersteuningscentrum Jeugdzorg Limburg',
      'Vrij CLB Limburg',
      'GO! CLB Hasselt',
      'Regioteam Kind & Gezin Limburg',
    ]);
  await expect(directory.entry('Ondersteuning voor ouders', 'Vrij CLB Limburg')).toContainText(
    'via contactpersoon',
  );
  await expect(
    directory.entry('Partners en consult voor professionals', 'Vrij CLB Limburg'),
  ).toContainText('brede instap');
  await expect(problems).not.toContainText('door geen enkele partner ingevuld');

  // 3. The next release of the common flow.
  const update = await regional.chooseBaseUpdate('kindreflex-2027-1.json', newerBaseJson());
  const changes = update.getByTestId('base-changes');
  await expect(changes).toContainText(/Scenario 3, stap 2 herschreven: „Betrek .*” → „/);
  await expect(changes).toContainText(`→ „${REWORDED}”`);
  await expect(changes).toContainText(`Stap toegevoegd in Scenario 5 (stap 2): „${ADDED_STEP}”`);
  await expect(update.getByTestId('conflicts')).toHaveCount(0);
  await regional.takeUpdate();
  await expect(directory.origin).toContainText(
    'Afgeleid van ‘Kindreflex steekkaart’ (versie 2027.1,',
  );
  await studio.waitUntilSaved();

  // 4. The new steps, Limburg's contacts, and nothing of Oost-Vlaanderen.
  const { text } = await studio.exportCard();
  const card = JSON.parse(text) as { flow: { nodes: { text?: string }[] } };
  expect(card.flow.nodes.map((n) => n.text)).toEqual(
    expect.arrayContaining([REWORDED, ADDED_STEP]),
  );
  for (const contact of ['011 27 24 04', '089 32 10 80', 'Vrij CLB Limburg', 'Hasselt'])
    expect(text).toContain(contact);
  for (const trace of OLD_REGION_TRACES) expect(text).not.toContain(trace);
  await expect(directory.root).not.toContainText('Oost-Vlaanderen');

  // A version of a card that is not the open one, from its menu in the card list.
  const zovMenu = await studio.cardMenu('Kindreflex steekkaart');
  await zovMenu.getByRole('button', { name: 'Regionale versie maken…' }).click();
  await regional.fillVersion('Antwerpen', ['Antwerpen', 'Mechelen'], 'Kindreflex Antwerpen');
  await expect(studio.cardTitle).toHaveValue('Kindreflex Antwerpen');
  await expect(directory.origin).toContainText('Afgeleid van ‘Kindreflex steekkaart’');
  await expect(directory.root.locator('.entry')).toHaveCount(0);

  // The base card itself is untouched.
  await studio.cardButton(/Zuid-Oost-Vlaanderen/).click();
  await expect(studio.cardTitle).toHaveValue('Kindreflex steekkaart');
  await expect(directory.entry('Partners en consult voor professionals', 'VCK')).toContainText(
    '09 216 73 30',
  );
});
