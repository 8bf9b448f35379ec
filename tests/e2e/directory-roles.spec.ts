// Roles, search and the way in from the problems panel: a problem about a
// partner or a role opens the right entry with the focus on what needs work;
// roles still named by steps are only deleted with those mentions, in one
// undo step; the search and filters narrow the directory.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DirectoryPanel, openDirectory } from './pages/directory-panel';
import { ProblemsPanel } from './pages/problems-panel';
import { RegionalDialogs } from './pages/regional-dialogs';
import { StudioPage } from './pages/studio-page';
import { SAMPLE_JSON } from './regional-data';

const PARENTS = 'Ondersteuning voor ouders';
const PROFESSIONALS = 'Partners en consult voor professionals';

const problem = (page: Page, text: RegExp) =>
  page.locator('.problems-panel').getByRole('button', { name: text });

test('a stale-contact problem opens the partner at its date; "nu gecontroleerd" settles it', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const directory = new DirectoryPanel(page);
  await expect(page.getByRole('tab', { name: 'Stroomschema' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Only warnings: the panel waits folded until it is opened.
  await new ProblemsPanel(page).open();
  await problem(
    page,
    /^De gegevens van 'CGG' zijn sinds 2021-07-01 niet meer gecontroleerd/,
  ).click();
  await expect(page.getByRole('tab', { name: 'Partnergids' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const cgg = directory.entry(PARENTS, 'CGG');
  await expect(cgg.getByLabel('Laatst gecontroleerd')).toBeFocused();
  await expect(cgg.locator('.entry-summary')).toContainText('Niet gecontroleerd sinds 1/7/2021');
  await cgg.getByRole('button', { name: 'Nu gecontroleerd' }).click();
  await expect(cgg.locator('.entry-summary')).not.toContainText('Niet gecontroleerd');
  await expect(problem(page, /^De gegevens van 'CGG'/)).toHaveCount(0);
});

test('a phone-invalid problem opens the partner with the focus on the wrong number', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const card = JSON.parse(SAMPLE_JSON) as {
    title: string;
    directory: { partners: { id: string; phones?: { number: string }[] }[] };
  };
  card.title = 'Kaart met een fout nummer';
  card.directory.partners.find((p) => p.id === 'go-clb')!.phones = [{ number: '055 33 74' }];
  await studio.importFile('fout-nummer.json', JSON.stringify(card));
  await expect(studio.cardTitle).toHaveValue('Kaart met een fout nummer');
  await problem(page, /^'055 33 74' is geen geldig Belgisch telefoonnummer/).click();
  const directory = new DirectoryPanel(page);
  const number = directory.entry(PARENTS, 'GO! CLB').getByLabel('Nummer 1', { exact: true });
  await expect(number).toBeFocused();
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(directory.entry(PARENTS, 'GO! CLB').locator('.entry-summary')).toContainText(
    'Ongeldig telefoonnummer',
  );
  await number.fill('055 33 74 70');
  await expect(problem(page, /geen geldig Belgisch telefoonnummer/)).toHaveCount(0);
});

test('an unfilled role opens in the roles panel, with who fills it per region', async ({
  page,
}) => {
  const { directory } = await openDirectory(page);
  await new RegionalDialogs(page).makeVersionOfOpenCard('Limburg', ['Hasselt']);
  await page.getByRole('tab', { name: 'Stroomschema' }).click();
  await new ProblemsPanel(page).open();
  await problem(
    page,
    /^De rol 'het VK' wordt in Limburg door geen enkele partner ingevuld/,
  ).click();
  const vk = directory.roleItem('het VK');
  await expect(vk.getByLabel('Naam van de rol')).toBeFocused();
  await expect(vk).toContainText('Scenario 2, stap 7');
  await expect(vk).toContainText('Scenario 4, stap 3');
  await expect(vk.locator('.role-fillers')).toContainText('Limburg⚠ Geen enkele partner');
});

test('roles: add, rename, and delete one still named by steps in one undo step', async ({
  page,
}) => {
  const { directory } = await openDirectory(page);
  await directory.roles.getByLabel('Naam van een nieuwe rol').fill('het OCMW');
  await directory.roles.getByRole('button', { name: 'Rol toevoegen' }).click();
  await directory.roleItem('het OCMW').getByRole('button', { name: 'het OCMW' }).click();
  await directory
    .roleItem('het OCMW')
    .getByLabel('Naam van de rol')
    .fill('het OCMW of sociaal huis');
  await expect(directory.roleItem('het OCMW of sociaal huis')).toContainText(
    'Genoemd in 0 stappen',
  );

  const clb = directory.roleItem('het CLB');
  await clb.getByRole('button', { name: 'het CLB' }).click();
  await expect(clb.locator('.role-fillers')).toContainText('Vrij CLB Zuid-Oost-Vlaanderen');
  await clb.getByRole('button', { name: "Rol 'het CLB' verwijderen" }).click();
  const confirm = page.getByRole('dialog', { name: "Rol 'het CLB' verwijderen" });
  await expect(confirm).toContainText("De rol 'het CLB' wordt nog genoemd in 2 stappen:");
  await expect(confirm).toContainText('Scenario 2, stap 5');
  await confirm.getByRole('button', { name: 'Rol verwijderen en uit 2 stappen halen' }).click();
  await expect(directory.roleItem('het CLB')).toHaveCount(0);
  await expect(directory.entry(PARENTS, 'GO! CLB')).not.toContainText('Rol: het CLB');

  const undo = page.getByRole('button', { name: /^Ongedaan maken: / });
  await expect(undo).toHaveAccessibleName("Ongedaan maken: Rol 'het CLB' verwijderd");
  await undo.click();
  await expect(directory.roleItem('het CLB')).toContainText('Genoemd in 2 stappen');
  await expect(directory.entry(PARENTS, 'GO! CLB')).toContainText('Rol: het CLB');
});

test('search and filters narrow the directory; moving waits until they are cleared', async ({
  page,
}) => {
  const { directory } = await openDirectory(page);
  const total = await directory.root.locator('.entry-name').count();

  await directory.search.fill('gemandateerde');
  await expect(directory.filterCount).toHaveText('2 van 15 partners getoond');
  expect(await directory.entryNames(PROFESSIONALS)).toEqual([
    'Vertrouwenscentrum Kindermishandeling (VCK) Oost-Vlaanderen',
    'Ondersteuningscentrum Jeugdzorg (OCJ) Oost-Vlaanderen',
  ]);
  await expect(directory.section(PARENTS)).toHaveCount(0);
  await expect(
    directory
      .entry(PROFESSIONALS, 'Ondersteuningscentrum')
      .getByRole('button', { name: /omhoog$/ }),
  ).toBeDisabled();

  await directory.search.fill('lotgenoten');
  expect(await directory.entryNames(PARENTS)).toEqual(['Echo']);
  await directory.search.fill('');
  await directory.root.getByLabel('Doelgroep', { exact: true }).selectOption({ label: 'ouders' });
  await expect(directory.section('Bij acuut gevaar')).toContainText('Politie');
  await expect(directory.section('Bij acuut gevaar')).not.toContainText('Parket');

  await directory.root.getByRole('button', { name: 'Filter wissen' }).click();
  await directory.staleOnly.check();
  await expect(directory.entry(PARENTS, 'CGG')).toBeVisible();
  // The parket has no date at all: never checked is not the same as checked long ago.
  await expect(directory.root.locator('.entry-name', { hasText: 'Parket' })).toHaveCount(0);
  await directory.staleOnly.uncheck();
  await expect(directory.root.locator('.entry-name')).toHaveCount(total);
});

test('every control of the directory view has an accessible name (axe)', async ({ page }) => {
  const { directory } = await openDirectory(page);
  await directory.openEntry(PARENTS, 'Vrij CLB Zuid-Oost-Vlaanderen');
  await directory.roleItem('het VK').getByRole('button', { name: 'het VK' }).click();
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } })
      .axe;
    const result = await axe.run(
      { include: [['.directory-view']] },
      { runOnly: ['wcag2a', 'wcag2aa'] },
    );
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  expect(violations).toEqual([]);
});
