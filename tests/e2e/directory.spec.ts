// The directory editor on the Zuid-Oost-Vlaanderen card: editing a partner
// with validation as you type, moving by keyboard and by dragging, sections,
// listing a partner twice, removing versus deleting, and undo of each.
import { expect, test, type Page } from '@playwright/test';
import { openDirectory } from './pages/directory-panel';

const PARENTS = 'Ondersteuning voor ouders';
const PROFESSIONALS = 'Partners en consult voor professionals';
const VCK = 'Vertrouwenscentrum Kindermishandeling (VCK) Oost-Vlaanderen';

const undoButton = (page: Page) => page.getByRole('button', { name: /^Ongedaan maken/ }).first();

test('a phone number is checked as it is typed, grouped on leaving, and undone in one step', async ({
  page,
}) => {
  const { directory } = await openDirectory(page);
  const form = await directory.openEntry(PROFESSIONALS, VCK);
  const number = form.getByLabel('Nummer 1', { exact: true });
  await expect(number).toHaveValue('09 216 73 30');

  await number.fill('09 21');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText("'09 21' is geen geldig Belgisch telefoonnummer.");
  // The card keeps its last good number while the field is wrong.
  await expect(directory.entry(PROFESSIONALS, VCK).locator('.entry-phone')).toHaveText(
    '09 216 73 30',
  );

  await number.fill('092167331');
  await expect(number).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form).not.toContainText('geen geldig Belgisch telefoonnummer');
  await number.blur();
  await expect(number).toHaveValue('09 216 73 31');
  await expect(directory.entry(PROFESSIONALS, VCK).locator('.entry-phone')).toHaveText(
    '09 216 73 31',
  );

  // A new number joins only when it is valid; a dropped leading zero is pointed out.
  await form.getByLabel('Nieuw nummer').fill('92167330');
  await form.getByRole('button', { name: 'Nummer toevoegen' }).click();
  await expect(form).toContainText('(is de voorloopnul weggevallen?)');
  await expect(form.getByLabel('Nummer 2', { exact: true })).toHaveCount(0);

  await expect(undoButton(page)).toHaveAccessibleName(
    'Ongedaan maken: Partner bewerkt: telefoonnummers',
  );
  await undoButton(page).click();
  await expect(number).toHaveValue('09 216 73 30');
});

test('links, e-mail and KBO are checked, and the age range reads as words', async ({ page }) => {
  const { directory } = await openDirectory(page);
  const form = await directory.openEntry(PROFESSIONALS, 'Regioteam Kind & Gezin');
  await expect(form.getByTestId('age-words')).toHaveText(
    'Betekent: van 9 maanden voor de geboorte tot 3 jaar',
  );
  const website = form.getByLabel('Website');
  await website.fill('javascript:alert(1)');
  await expect(form).toContainText('is geen toegelaten link');
  await website.fill('mailto:info@kindengezin.be');
  await expect(form).toContainText('Alleen een webadres dat met https:// of http:// begint.');
  await website.fill('https://www.kindengezin.be/');
  await expect(website).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('E-mailadres').fill('info@');
  await expect(form).toContainText("'info@' is geen geldig e-mailadres.");
  const kbo = form.getByLabel('KBO-nummer');
  await kbo.fill('0412345678');
  await kbo.blur();
  await expect(kbo).toHaveValue('0412.345.678');
  await form.getByLabel('Van (maanden)').fill('40');
  await expect(form).toContainText('De leeftijd "van" ligt na de leeftijd "tot".');
});

test('entries and sections move by keyboard and by buttons; each move is one undo step', async ({
  page,
}) => {
  const { directory } = await openDirectory(page);
  const before = await directory.entryNames(PARENTS);
  expect(before.slice(0, 3)).toEqual(['CGG', 'CKG', 'Fara']);

  const ckg = directory.toggle(PARENTS, 'CKG');
  await ckg.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => directory.entryNames(PARENTS))
    .toEqual(['CKG', 'CGG', ...before.slice(2)]);
  await expect(directory.toggle(PARENTS, 'CKG')).toBeFocused();
  await expect(page.locator('.directory-view [aria-live="polite"]')).toHaveText(
    "'CKG' staat nu op plaats 1 van 9.",
  );
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(() => directory.entryNames(PARENTS))
    .toEqual(['CGG', 'Fara', 'CKG', ...before.slice(3)]);
  await directory.entry(PARENTS, 'Fara').getByRole('button', { name: 'Fara omhoog' }).click();
  await expect
    .poll(() => directory.entryNames(PARENTS))
    .toEqual(['Fara', 'CGG', 'CKG', ...before.slice(3)]);
  await expect(undoButton(page)).toHaveAccessibleName('Ongedaan maken: Vermelding verplaatst');
  for (let i = 0; i < 4; i++) await undoButton(page).click();
  await expect.poll(() => directory.entryNames(PARENTS)).toEqual(before);

  // Sections: Alt+Down on the section's heading buttons.
  await directory
    .section(PARENTS)
    .getByRole('button', { name: `Sectie ${PARENTS} bewerken` })
    .focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(() => directory.sectionTitles())
    .toEqual([PROFESSIONALS, PARENTS, 'Bij acuut gevaar']);
  await undoButton(page).click();
  await expect
    .poll(() => directory.sectionTitles())
    .toEqual([PARENTS, PROFESSIONALS, 'Bij acuut gevaar']);
});

test('an entry can be dragged to another place in its section', async ({ page }) => {
  // Tall enough that neither end of the drag scrolls the view while the mouse is down.
  await page.setViewportSize({ width: 1400, height: 1100 });
  const { directory } = await openDirectory(page);
  const before = await directory.entryNames(PARENTS);
  await directory
    .entry(PARENTS, 'Echo')
    .locator('.drag-handle')
    .dragTo(directory.entry(PARENTS, 'CGG'), { targetPosition: { x: 20, y: 4 } });
  await expect
    .poll(() => directory.entryNames(PARENTS))
    .toEqual(['Echo', ...before.filter((n) => n !== 'Echo')]);
  await undoButton(page).click();
  await expect.poll(() => directory.entryNames(PARENTS)).toEqual(before);
});

test('add a partner, list it in a second section, take it out of one, delete it', async ({
  page,
}) => {
  const { directory } = await openDirectory(page);
  const parents = directory.section(PARENTS);
  await parents.getByLabel('Naam van de nieuwe partner').fill('Huis van het Kind Ronse');
  await parents.getByRole('button', { name: 'Partner toevoegen' }).click();
  const form = directory
    .entry(PARENTS, 'Huis van het Kind Ronse')
    .getByRole('group', { name: 'Gegevens van Huis van het Kind Ronse' });
  await expect(form.getByLabel('Dienst of aanbod')).toBeFocused();
  await form.getByLabel('Dienst of aanbod').fill('Opvoedingsondersteuning');
  await form.getByLabel('Nieuw nummer').fill('055 23 28 13');
  await form.getByLabel('Locatie of dienst bij het nieuwe nummer').fill('Ronse');
  await form.getByLabel('Nieuw nummer').press('Enter');
  await expect(form.getByLabel('Nummer 1', { exact: true })).toHaveValue('055 23 28 13');
  await form.getByRole('button', { name: 'Nu gecontroleerd' }).click();
  await expect(form.getByLabel('Laatst gecontroleerd')).not.toHaveValue('');

  await form.getByLabel('Ook vermelden in').selectOption({ label: PROFESSIONALS });
  await form.getByRole('button', { name: 'Vermelden', exact: true }).click();
  const second = await directory.openEntry(PROFESSIONALS, 'Huis van het Kind Ronse');
  await second.getByLabel('Toegangsweg in deze sectie').selectOption({ label: 'brede instap' });
  await expect(directory.entry(PROFESSIONALS, 'Huis van het Kind Ronse')).toContainText(
    'brede instap',
  );

  await second.getByRole('button', { name: 'Uit deze sectie halen' }).click();
  await expect(directory.entry(PROFESSIONALS, 'Huis van het Kind Ronse')).toHaveCount(0);
  await expect(directory.entry(PARENTS, 'Huis van het Kind Ronse')).toHaveCount(1);
  const notice = page.getByRole('status').filter({ hasText: 'staat niet meer in' });
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(directory.entry(PROFESSIONALS, 'Huis van het Kind Ronse')).toHaveCount(1);

  await form.getByRole('button', { name: 'Partner verwijderen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Partner verwijderen' });
  await expect(confirm).toContainText(
    `De partner verdwijnt ook uit: ${PARENTS}, ${PROFESSIONALS}.`,
  );
  await confirm.getByRole('button', { name: 'Partner verwijderen' }).click();
  await expect(directory.root.getByText('Huis van het Kind Ronse')).toHaveCount(0);
  await undoButton(page).click();
  await expect(directory.entry(PARENTS, 'Huis van het Kind Ronse')).toHaveCount(1);
  await expect(directory.entry(PROFESSIONALS, 'Huis van het Kind Ronse')).toHaveCount(1);
});

test('sections are added, renamed, described and deleted with undo', async ({ page }) => {
  const { directory } = await openDirectory(page);
  await directory.root.getByRole('button', { name: 'Sectie toevoegen' }).click();
  const title = directory.section('Nieuwe sectie').getByLabel('Titel van de sectie');
  await expect(title).toBeFocused();
  await title.fill('Crisishulp');
  await directory.section('Crisishulp').getByLabel('Beschrijving').fill('Dag en nacht bereikbaar.');
  await directory
    .section('Crisishulp')
    .getByRole('button', { name: 'Sectie Crisishulp bewerken' })
    .click();
  await expect(directory.section('Crisishulp')).toContainText('Dag en nacht bereikbaar.');
  await directory
    .section('Crisishulp')
    .getByRole('button', { name: 'Sectie Crisishulp verwijderen' })
    .click();
  await expect(directory.section('Crisishulp')).toHaveCount(0);
  await page
    .getByRole('status')
    .filter({ hasText: "Sectie 'Crisishulp' verwijderd" })
    .getByRole('button', { name: 'Ongedaan maken' })
    .click();
  await expect(directory.section('Crisishulp')).toContainText('Dag en nacht bereikbaar.');
});
