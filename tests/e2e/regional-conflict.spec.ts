// A base update where the region and the new base changed the same step:
// the user chooses per conflict; the region's version is the default; the
// whole update is one undo step and never touches the region's contacts.
import { expect, test, type Page } from '@playwright/test';
import { DirectoryPanel, openDirectory } from './pages/directory-panel';
import { RegionalDialogs } from './pages/regional-dialogs';
import { StudioPage } from './pages/studio-page';
import { ADDED_STEP, limburgCsv, newerBaseJson, REWORDED } from './regional-data';

const LOCAL_TEXT = 'Betrek het netwerk en het Huis van het Kind Limburg; bespreek regelmatig.';

interface CardJson {
  title: string;
  flow: { nodes: { id: string; text?: string }[] };
  directory: { partners: { organisation: string }[] };
}

async function exported(studio: StudioPage): Promise<CardJson> {
  await studio.waitUntilSaved();
  return JSON.parse((await studio.exportCard()).text) as CardJson;
}

const stepText = (card: CardJson, id: string) => card.flow.nodes.find((n) => n.id === id)?.text;

/** A Limburg card with its own contacts, whose scenario 3, step 2 the region reworded itself. */
async function limburgWithLocalStep(page: Page, studio: StudioPage): Promise<void> {
  const directory = new DirectoryPanel(page);
  await directory.open();
  await new RegionalDialogs(page).makeVersionOfOpenCard('Limburg', ['Hasselt', 'Genk']);
  const dialog = await directory.importCsv('limburg.csv', limburgCsv());
  await dialog.getByRole('button', { name: 'Toepassen' }).click();
  // The region's own wording of a step, made in a copy of its card (the flow editor
  // is tested elsewhere).
  const card = await exported(studio);
  card.title = 'Kindreflex Limburg lokaal';
  card.flow.nodes.find((n) => n.id === 's3-stap-2')!.text = LOCAL_TEXT;
  await studio.importFile('limburg-lokaal.json', JSON.stringify(card));
  await expect(studio.cardTitle).toHaveValue('Kindreflex Limburg lokaal');
}

test('both changed the same step: the region chooses per conflict, in one undo step', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const regional = new RegionalDialogs(page);
  const directory = new DirectoryPanel(page);
  await studio.open();
  await limburgWithLocalStep(page, studio);
  await directory.open();

  // First: the region's version, which is the default.
  await regional.chooseBaseUpdate('kindreflex-2027-1.json', newerBaseJson());
  const conflict = regional.conflict(
    /Scenario 3, stap 2: de regio en de nieuwe basiskaart wijzigden allebei/,
  );
  await expect(conflict).toHaveCount(1);
  await expect(
    conflict.getByRole('radio', { name: 'De versie van de regio behouden' }),
  ).toBeChecked();
  await regional.takeUpdate();
  let card = await exported(studio);
  expect(stepText(card, 's3-stap-2')).toBe(LOCAL_TEXT);
  expect(stepText(card, 's5-veilige-plek')).toBe(ADDED_STEP);

  // Undo takes the whole update back in one step.
  const undo = page.getByRole('button', { name: /^Ongedaan maken: / });
  await expect(undo).toHaveAccessibleName(
    'Ongedaan maken: Update van de basiskaart (versie 2027.1) overgenomen',
  );
  await undo.click();
  await expect(directory.origin).toContainText('niet-gepubliceerde versie');
  card = await exported(studio);
  expect(stepText(card, 's5-veilige-plek')).toBeUndefined();

  // Then: the base card's wording.
  const update = await regional.chooseBaseUpdate('kindreflex-2027-1.json', newerBaseJson());
  await conflict.getByRole('radio', { name: 'De versie van de basiskaart overnemen' }).check();
  await expect(update).toContainText('Wat er in je kaart verandert: ');
  await regional.takeUpdate();
  card = await exported(studio);
  expect(stepText(card, 's3-stap-2')).toBe(REWORDED);
  expect(stepText(card, 's5-veilige-plek')).toBe(ADDED_STEP);
  expect(card.directory.partners.map((p) => p.organisation)).toContain('Vrij CLB Limburg');
  await expect(directory.entry('Ondersteuning voor ouders', 'Vrij CLB Limburg')).toBeVisible();
});

test('a file that is not a card is refused and the regional card stays as it was', async ({
  page,
}) => {
  await openDirectory(page);
  const regional = new RegionalDialogs(page);
  await regional.makeVersionOfOpenCard('Limburg', []);
  const dialog = await regional.chooseBaseUpdate('kapot.json', newerBaseJson().slice(0, 2000));
  await expect(dialog.getByRole('alert')).toContainText(
    "'kapot.json' is geen bruikbare Kindreflex-kaart. Er is niets gewijzigd.",
  );
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('button', { name: 'Ongedaan maken', exact: true })).toBeDisabled();
});
