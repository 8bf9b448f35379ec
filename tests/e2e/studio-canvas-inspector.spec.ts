// The inspector: who fills a step's roles (with their numbers), roles made on
// the spot, list editing in steps of their own, arrows edited and reconnected,
// and no unnamed control anywhere in the flow view.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';

test.beforeEach(async ({ page }) => {
  await page.goto('/editor/');
  await new CanvasPanel(page).waitForCard();
});

test('a step that names roles shows who fills them, with numbers to call', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  const inspector = new InspectorPanel(page);
  await canvas.node('s2-stap-7').click();
  await expect(inspector.role('het VK')).toBeChecked();
  await expect(inspector.role('het OCJ')).toBeChecked();
  const vk = inspector.fillers('het VK');
  await expect(vk).toContainText('Vertrouwenscentrum Kindermishandeling (VCK) Oost-Vlaanderen');
  await expect(vk.getByRole('link', { name: /op 09 216 73 30$/ })).toHaveAttribute(
    'href',
    'tel:+3292167330',
  );

  // A role made here is named on the step; nobody fills it yet, and the inspector says so.
  await inspector.field('Naam van de nieuwe rol').fill('het OCMW');
  await inspector.button('Rol toevoegen').click();
  await expect(inspector.role('het OCMW')).toBeChecked();
  await expect(inspector.fillers('het OCMW')).toContainText('Niet ingevuld');
  await expect(
    page.getByRole('button', { name: "Ongedaan maken: Rol 'het OCMW' toegevoegd" }),
  ).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(inspector.role('het OCMW')).toHaveCount(0);
});

test('bullet points: add, move and remove are steps of their own', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  const inspector = new InspectorPanel(page);
  await canvas.showAll();
  await canvas.node('gespreksvragen').click();
  await inspector.button('Punt toevoegen').click();
  await inspector.field('Punt 6').fill('Wie helpt er thuis?');
  await expect(canvas.node('gespreksvragen')).toContainText('Wie helpt er thuis?');
  await inspector.button('Punt 6 omhoog').click();
  await expect(inspector.field('Punt 5')).toHaveValue('Wie helpt er thuis?');
  await expect(page.getByRole('button', { name: 'Ongedaan maken: Punt verplaatst' })).toBeEnabled();
  await inspector.button('Punt 1 verwijderen').click();
  await expect(inspector.field('Punt 1')).toHaveValue('Hoe oud zijn ze, hoe heten ze?');
  for (const step of ['Punt verwijderd', 'Punt verplaatst', 'Knoop bewerkt', 'Punt toegevoegd'])
    await page.getByRole('button', { name: `Ongedaan maken: ${step}` }).click();
  await expect(inspector.field('Punt 6')).toHaveCount(0);
  await expect(inspector.field('Punt 1')).toHaveValue(/^Hoe ziet de gezinssituatie eruit/);
});

test('an arrow: choose it by its label, change its kind, reconnect it', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  const inspector = new InspectorPanel(page);
  await canvas.showAll();
  await canvas.root.locator('.card-edge-label', { hasText: 'De thuissituatie is veilig' }).click();
  await expect(inspector.kind).toContainText('Pijl');
  await expect(inspector.field('Label')).toHaveValue('De thuissituatie is veilig');
  await inspector.field('Soort pijl').selectOption({ label: 'Volgende stap' });
  await expect(canvas.edgeNamed('terugpijl')).toHaveCount(3);
  await inspector.field('Naar knoop').selectOption({ label: 'Scenario 1' });
  await expect(canvas.edgeNamed('naar Scenario 1 (De thuissituatie is veilig)')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Ongedaan maken: Pijl verlegd' })).toBeEnabled();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(
    canvas.edgeNamed('naar Scenario 3 (terugpijl: De thuissituatie is veilig)'),
  ).toHaveCount(1);
});

test('an arrow reconnected on the canvas by dragging its end', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  const edge = page.getByTestId('rf__edge-e-start-gesprek');
  // Bring the trunk to the middle (away from the edges, where the view pans by itself
  // during a drag) and zoom in on it, as one would to grab an arrow's end.
  const pane = (await canvas.pane.boundingBox())!;
  await canvas.dragMouse({ x: pane.x + 20, y: pane.y + 20 }, { x: pane.x + 20, y: pane.y + 170 });
  const at = await canvas.centre(canvas.handle('gesprek', 'top'));
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => (await canvas.node('gesprek').boundingBox())!.width)
    .toBeGreaterThan(250);
  // The arrow's end: the middle of its grip, which lies in the gap above the box it ends on.
  const end = (await edge.locator('.react-flow__edgeupdater-target').boundingBox())!;
  const grab = { x: end.x + end.width / 2, y: end.y + end.height / 2 };
  await canvas.dragMouse(grab, await canvas.centre(canvas.handle('polsen', 'top')));
  await expect(edge).toHaveAttribute('aria-label', /^Pijl van START naar Pols naar het welzijn/);
  await expect(page.getByRole('button', { name: 'Ongedaan maken: Pijl verlegd' })).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(edge).toHaveAttribute('aria-label', /^Pijl van START naar Geef mee/);
});

test('every control of the flow view has an accessible name (axe)', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  await canvas.node('s2-stap-7').click();
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [['.flow-view'], ['.problems-panel']] },
      { runOnly: ['wcag2a', 'wcag2aa'] },
    );
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  expect(violations).toEqual([]);
});
