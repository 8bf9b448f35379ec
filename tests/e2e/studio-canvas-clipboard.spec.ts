// Copy, cut and paste through the system clipboard, also from one card into
// another: new ids, roles brought along, garbage refused with a Dutch notice.
import { expect, test } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { StudioPage } from './pages/studio-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy a step from the sample and paste it into a new card, roles and all', async ({
  page,
}) => {
  await page.goto('/editor/');
  const canvas = new CanvasPanel(page);
  const inspector = new InspectorPanel(page);
  await canvas.waitForCard();
  await canvas.node('s2-stap-7').click();
  await page.keyboard.press('Control+c');
  await expect(page.getByText('Knoop gekopieerd.')).toBeVisible();

  // A second card, empty: START and an end only.
  await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe kaart' });
  await dialog.getByLabel('Titel').fill('Tweede kaart');
  await dialog.getByLabel(/een lege kaart/).check();
  await dialog.getByRole('button', { name: 'Maken' }).click();
  await expect(new StudioPage(page).cardButton(/Tweede kaart/)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(canvas.nodes()).toHaveCount(2);

  await canvas.clickEmpty();
  await page.keyboard.press('Control+v');
  await expect(canvas.nodes()).toHaveCount(3);
  const pasted = canvas.nodeWithText('Bij twijfel: bel (anoniem) het VK');
  await expect(pasted).toBeVisible();
  expect(await pasted.getAttribute('data-id')).not.toBe('s2-stap-7');
  await expect(page.getByRole('button', { name: 'Ongedaan maken: Knoop geplakt' })).toBeEnabled();
  // The roles came along; this card's directory is empty, so nobody fills them.
  await expect(inspector.role('het VK')).toBeChecked();
  await expect(inspector.fillers('het VK')).toContainText('Niet ingevuld');

  // Garbage on the clipboard is refused, in Dutch, and nothing changes.
  await page.evaluate(() => navigator.clipboard.writeText('{"geen": "knopen"}'));
  await canvas.clickEmpty();
  await page.keyboard.press('Control+v');
  await expect(
    page.getByText('Het klembord bevat geen knopen uit Kindreflex Studio'),
  ).toBeVisible();
  await expect(canvas.nodes()).toHaveCount(3);
});

test('cut removes, paste brings back with new ids, duplicate offsets a copy', async ({ page }) => {
  await page.goto('/editor/');
  const canvas = new CanvasPanel(page);
  await canvas.waitForCard();
  await canvas.showAll();
  await canvas.node('s4-stap-2').click();
  await page.keyboard.press('Control+x');
  await expect(canvas.node('s4-stap-2')).toHaveCount(0);
  await canvas.clickEmpty();
  await page.keyboard.press('Control+v');
  await expect(canvas.nodeWithText('Consulteer CLB')).toHaveCount(1);
  await expect(canvas.nodes()).toHaveCount(37);

  await canvas.node('scenario-2').click();
  await page.keyboard.press('Control+d');
  await expect(canvas.nodes()).toHaveCount(38);
  await expect(canvas.nodeWithText('Je hebt een niet pluis gevoel')).toHaveCount(2);
  await expect(
    page.getByRole('button', { name: 'Ongedaan maken: Knoop gedupliceerd' }),
  ).toBeEnabled();
});
