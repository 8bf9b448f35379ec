// Nothing a user does locks a card away: a cleared title, a width typed digit
// by digit, an edit the card cannot take, and a card stored broken by an older
// version all leave a card that opens, in a real Chromium, in Dutch.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { StudioPage } from './pages/studio-page';

const sample = JSON.parse(readFileSync('samples/kindreflex-zuid-oost-vlaanderen.json', 'utf8'));

async function openStudio(page: import('@playwright/test').Page) {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.waitUntilSaved();
  const rowId = (await studio.storedCards())[0]!.rowId;
  return { studio, rowId };
}

test('clearing the title or making it too long: the field says why, and the card still opens', async ({
  page,
}) => {
  const { studio, rowId } = await openStudio(page);
  await studio.cardTitle.fill('');
  await expect(studio.cardTitle).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.card-title-field .field-error')).toHaveText('⚠ Vul dit veld in.');
  await studio.cardTitle.fill('x'.repeat(400));
  await expect(page.locator('.card-title-field .field-error')).toHaveText(
    '⚠ Te lang: hoogstens 300 tekens.',
  );
  await page.screenshot({ path: test.info().outputPath('title-refused.png') });
  await studio.cardTitle.blur();
  expect((await studio.storedCard(rowId)).title).toBe('Kindreflex steekkaart');
  await page.reload();
  await expect(studio.cardTitle).toHaveValue('Kindreflex steekkaart');
  await expect(page.getByRole('heading', { name: /kan niet geopend worden/ })).toHaveCount(0);
});

test('typing a width keeps the draft; only a valid width reaches the card', async ({ page }) => {
  const { studio, rowId } = await openStudio(page);
  const canvas = new CanvasPanel(page);
  const inspector = new InspectorPanel(page);
  await canvas.node('s2-stap-7').click();
  const width = inspector.field('Breedte (pixels)');
  await width.fill('');
  await width.pressSequentially('3');
  await expect(inspector.root.locator('.field-error')).toHaveText(
    '⚠ Een breedte van 40 tot 5000 pixels, of leeg voor de standaardbreedte.',
  );
  await width.pressSequentially('00');
  await expect(inspector.root.locator('.field-error')).toHaveCount(0);
  await studio.waitUntilSaved();
  const nodes = (await studio.storedCard(rowId)).flow as {
    nodes: { id: string; width?: number }[];
  };
  expect(nodes.nodes.find((n) => n.id === 's2-stap-7')?.width).toBe(300);
  await page.reload();
  await canvas.node('s2-stap-7').click();
  await expect(inspector.field('Breedte (pixels)')).toHaveValue('300');
});

test('an edit the card cannot take is refused, and the notice says which rule and where', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const far = structuredClone(sample);
  far.flow.nodes.find((n: { id: string }) => n.id === 'tip').position.x = 1_000_000;
  await studio.importFile('ver.json', JSON.stringify(far));
  const canvas = new CanvasPanel(page);
  await canvas.waitForCard();
  await canvas.pane.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('ArrowRight');
  const notice = page.getByTestId('refusal');
  const tip = far.flow.nodes.findIndex((n: { id: string }) => n.id === 'tip') + 1;
  await expect(notice).toContainText(
    /^Niet uitgevoerd: \d+ knopen verschoven\. De kaart zou dan niet meer te openen zijn\./,
  );
  await expect(notice).toContainText(
    `Knoop 'TIP' (nr. ${tip}), positie x: De waarde moet <= 1000000 zijn.`,
  );
  expect((await studio.storedCards()).length).toBe(2);
  await expect(page.getByRole('button', { name: /^Ongedaan maken:/ })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('refused-notice.png') });
  await notice.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(notice).toHaveCount(0);
});
