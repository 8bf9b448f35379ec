// The directory as a spreadsheet and back: the export opens in a Belgian
// Excel, an unchanged file plans nothing, a bad row is refused by its line
// with the directory untouched, and a real edit shows what it adds, changes
// and (replacing the whole directory) deletes before it is applied as one
// undo step; by default a file only adds and updates, and keeps the rest.
import { expect, test, type Page } from '@playwright/test';
import { DirectoryPanel } from './pages/directory-panel';
import { StudioPage } from './pages/studio-page';

const PARENTS = 'Ondersteuning voor ouders';

async function exportedLines(page: Page): Promise<{ directory: DirectoryPanel; lines: string[] }> {
  const studio = new StudioPage(page);
  await studio.open();
  const directory = new DirectoryPanel(page);
  await directory.open();
  const { bytes } = await directory.exportCsv();
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return { directory, lines: text.split('\r\n').filter((l) => l !== '') };
}

test('the export is a Belgian CSV; importing it unchanged plans no change', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const directory = new DirectoryPanel(page);
  await directory.open();
  const { name, bytes } = await directory.exportCsv();
  expect(name).toMatch(
    /^kindreflex-steekkaart-zuid-oost-vlaanderen-partnergids-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const header = bytes.toString('utf8').slice(1).split('\r\n')[0]!;
  expect(header).toMatch(/^id;organisatie;dienst;doelgroep;toegangsweg;telefoon;/);
  expect(bytes.toString('utf8')).toContain('055 31 38 62 (Oudenaarde); 09 361 14 01 (Zottegem)');

  const dialog = await directory.importCsv(name, bytes);
  await expect(dialog).toContainText('Het bestand is gelijk aan de gids: er verandert niets.');
  await expect(dialog.getByRole('button', { name: /^Toepassen/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('button', { name: 'Ongedaan maken', exact: true })).toBeDisabled();
});

test('a file with a bad row is refused by line number and leaves the directory untouched', async ({
  page,
}) => {
  const { directory, lines } = await exportedLines(page);
  const studio = new StudioPage(page);
  await studio.waitUntilSaved();
  const stored = await studio.storedCards();
  const broken = [...lines];
  broken[2] = broken[2]!.replace('Pedagogische begeleiding', 'Andere begeleiding');
  // Line 4 of the file is Fara's row; its phone number loses digits.
  const fara = lines[3]!.split(';');
  expect(fara[1]).toBe('Fara');
  fara[lines[0]!.split(';').indexOf('telefoon')] = '09 21';
  broken[3] = fara.join(';');

  const dialog = await directory.importCsv('kapot.csv', '\uFEFF' + broken.join('\r\n'));
  await expect(dialog.getByRole('alert')).toContainText('Er is niets gewijzigd');
  await expect(dialog.getByTestId('csv-errors')).toContainText(
    "Regel 4, kolom telefoon: '09 21' is geen geldig Belgisch telefoonnummer.",
  );
  await expect(dialog.getByRole('button', { name: /^Toepassen/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();

  await expect(directory.entry(PARENTS, 'CKG')).toContainText('Pedagogische begeleiding');
  await expect(page.getByRole('button', { name: 'Ongedaan maken', exact: true })).toBeDisabled();
  expect(await studio.storedCards()).toEqual(stored);
});

test('an edited sheet replacing the directory shows additions, changes and deletions, and applies as one step', async ({
  page,
}) => {
  const { directory, lines } = await exportedLines(page);
  const columns = lines[0]!.split(';');
  const edited = lines
    .filter((l) => !l.startsWith('echo;'))
    .map((l) =>
      l.startsWith('cgg;')
        ? l.replace('Psychotherapeutische hulpverlening', 'Therapie voor ouders en kinderen')
        : l,
    );
  const crèche = columns.map((c) =>
    c === 'organisatie'
      ? 'Crèche De Speelvogel'
      : c === 'telefoon'
        ? '055 21 00 00 (Ronse)'
        : c === 'secties'
          ? PARENTS
          : '',
  );
  edited.push(crèche.join(';'));
  // Excel's plain "CSV" is Windows-1252, without a byte-order mark.
  const latin1 = Buffer.from(edited.join('\r\n') + '\r\n', 'latin1');

  const dialog = await directory.importCsv('partners.csv', latin1);
  // By default the file only adds and updates: Echo, not in it, stays.
  await expect(dialog).toContainText('1 toegevoegd, 1 gewijzigd, 0 verwijderd.');
  await expect(dialog.getByTestId('csv-kept')).toContainText('Echo');
  await directory.importMode(dialog, 'replace');
  await expect(dialog).toContainText('1 toegevoegd, 1 gewijzigd, 1 verwijderd.');
  await expect(dialog.getByTestId('csv-kept')).toHaveCount(0);
  const removed = dialog.getByTestId('csv-removed');
  await expect(removed).toContainText('1 partner wordt verwijderd');
  await expect(removed).toContainText('Echo');
  await expect(dialog.getByTestId('csv-added')).toContainText(
    `Crèche De Speelvogel (regel ${edited.length})`,
  );
  const changed = dialog.getByTestId('csv-changed');
  await expect(changed.getByRole('row', { name: /dienst/ })).toContainText(
    /Psychotherapeutische hulpverlening.*Therapie voor ouders en kinderen/,
  );
  await dialog.getByRole('button', { name: 'Toepassen en 1 partner verwijderen' }).click();
  await expect(dialog).toBeHidden();

  await expect(directory.entry(PARENTS, 'Echo')).toHaveCount(0);
  await expect(directory.entry(PARENTS, 'Crèche De Speelvogel')).toContainText('055 21 00 00');
  await expect(directory.entry(PARENTS, 'CGG')).toContainText('Therapie voor ouders en kinderen');

  const undo = page.getByRole('button', { name: /^Ongedaan maken: / });
  await expect(undo).toHaveAccessibleName('Ongedaan maken: Partnergids ingelezen uit partners.csv');
  await undo.click();
  await expect(directory.entry(PARENTS, 'Echo')).toHaveCount(1);
  await expect(directory.entry(PARENTS, 'Crèche De Speelvogel')).toHaveCount(0);
  await expect(directory.entry(PARENTS, 'CGG')).toContainText('Psychotherapeutische hulpverlening');
  await expect(page.getByRole('button', { name: 'Ongedaan maken', exact: true })).toBeDisabled();
});

test('"alleen toevoegen en bijwerken" keeps the partners typed by hand', async ({ page }) => {
  const { directory, lines } = await exportedLines(page);
  const columns = lines[0]!.split(';');
  // A sheet with one new partner only, as a region that fills its directory in steps sends.
  const row = columns.map((c) =>
    c === 'organisatie' ? 'Huis van het Kind Ronse' : c === 'secties' ? PARENTS : '',
  );
  const dialog = await directory.importCsv('stap-2.csv', [lines[0], row.join(';')].join('\r\n'));
  await expect(dialog.getByRole('radio', { name: /^Alleen toevoegen en bijwerken/ })).toBeChecked();
  await expect(dialog).toContainText('1 toegevoegd, 0 gewijzigd, 0 verwijderd.');
  await expect(dialog.getByTestId('csv-kept')).toContainText('partners staan niet in het bestand');
  await dialog.getByRole('button', { name: 'Toepassen', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(directory.entry(PARENTS, 'Huis van het Kind Ronse')).toHaveCount(1);
  await expect(directory.entry(PARENTS, 'Echo')).toHaveCount(1);
  await expect(directory.entry(PARENTS, 'CGG')).toContainText('Psychotherapeutische hulpverlening');
});
