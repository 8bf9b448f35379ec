// The canvas as a new user meets it: the sample on first start, then adding,
// connecting, editing and deleting a step, each undone and redone in every
// way the studio offers, and all of it still there after a reload.
import { expect, test, type Page } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { ProblemsPanel } from './pages/problems-panel';
import { StudioPage } from './pages/studio-page';

const undoButton = (page: Page, what: string) =>
  page.getByRole('button', { name: `Ongedaan maken: ${what}` });
const redoButton = (page: Page, what: string) =>
  page.getByRole('button', { name: `Opnieuw: ${what}` });

async function open(page: Page): Promise<CanvasPanel> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/editor/');
  const canvas = new CanvasPanel(page);
  await canvas.waitForCard();
  expect(errors).toEqual([]);
  return canvas;
}

test('the sample card appears on first start: START and the five scenarios', async ({ page }) => {
  const canvas = await open(page);
  await expect(canvas.node('start')).toContainText('START');
  for (let s = 1; s <= 5; s++) await expect(canvas.node(`scenario-${s}`)).toBeVisible();
  await expect(canvas.nodes()).toHaveCount(37);
  await expect(canvas.node('scenario-5')).toHaveAttribute('aria-label', /Scenario, ernst 5 van 5/);
  await expect(canvas.node('continue-dialoog')).toContainText('Continue dialoog');
  // The arrows that lead back are dashed, the others not.
  await expect(canvas.edgeNamed('terugpijl')).toHaveCount(4);
  await expect(new ProblemsPanel(page).toggle).toContainText('0 fouten');
});

test('add, connect, edit and delete a step: undo, redo and reload keep everything', async ({
  page,
}) => {
  const canvas = await open(page);
  const inspector = new InspectorPanel(page);

  // Add: from the toolbar, then undone and redone with the keyboard.
  const id = await canvas.add('Stap');
  await expect(canvas.nodes()).toHaveCount(38);
  await expect(inspector.kind).toContainText('Stap');
  await expect(undoButton(page, 'Stap toegevoegd')).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(canvas.node(id)).toHaveCount(0);
  await expect(redoButton(page, 'Stap toegevoegd')).toBeEnabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(canvas.node(id)).toBeVisible();

  // Connect: drag from the bottom handle of the step above (scenario 3's last) to its top handle.
  // First both well inside the view: near an edge, React Flow pans while one connects.
  const pane = (await canvas.pane.boundingBox())!;
  const [above, below] = [canvas.node('s3-stap-3'), canvas.node(id)];
  const middle = ((await canvas.centre(above)).y + (await canvas.centre(below)).y) / 2;
  const left = { x: pane.x + 12, y: pane.y + pane.height / 2 };
  await canvas.dragMouse(left, { x: left.x, y: left.y + (pane.y + pane.height / 2 - middle) });
  await canvas.connect('s3-stap-3', 'bottom', id, 'top');
  const arrow = canvas.edgeNamed(
    'Pijl van Noteer de voortgang in het cliëntdossier. naar Nieuwe stap',
  );
  await expect(arrow).toHaveCount(1);
  await undoButton(page, 'Pijl toegevoegd').click();
  await expect(arrow).toHaveCount(0);
  await redoButton(page, 'Pijl toegevoegd').click();
  await expect(arrow).toHaveCount(1);

  // Edit the text in the inspector: one burst of typing is one undo step.
  await canvas.node(id).click();
  const text = inspector.field('Tekst');
  await text.click();
  await page.keyboard.press('Control+a');
  await text.pressSequentially('Bel de huisarts', { delay: 15 });
  await expect(canvas.node(id)).toContainText('Bel de huisarts');
  await expect(undoButton(page, 'Knoop bewerkt')).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(text).toHaveValue('Nieuwe stap');
  await expect(canvas.node(id)).toContainText('Nieuwe stap');
  await page.keyboard.press('Control+y');
  await expect(text).toHaveValue('Bel de huisarts');

  // Delete with the Delete key: the arrow goes with the node, and comes back with it.
  const edited = canvas.edgeNamed('naar Bel de huisarts');
  await canvas.node(id).click();
  await page.keyboard.press('Delete');
  await expect(canvas.node(id)).toHaveCount(0);
  await expect(edited).toHaveCount(0);
  await expect(undoButton(page, 'Knoop verwijderd')).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(canvas.node(id)).toBeVisible();
  await expect(edited).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(canvas.node(id)).toHaveCount(0);
  await undoButton(page, 'Knoop verwijderd').click();
  await expect(canvas.node(id)).toBeVisible();

  // Reload once autosave has caught up: the step, its text and its arrow are still there.
  await new StudioPage(page).waitUntilSaved();
  await page.reload();
  await canvas.waitForCard();
  await expect(canvas.nodes()).toHaveCount(38);
  await expect(canvas.node(id)).toContainText('Bel de huisarts');
  await expect(edited).toHaveCount(1);
});

test('keyboard: add by key, Enter edits in the inspector, connect without the mouse, arrows nudge in one step', async ({
  page,
}) => {
  const canvas = await open(page);
  const inspector = new InspectorPanel(page);
  await canvas.node('polsen').click();
  // "2" adds a step under the selected node, connected from it, and gives it the focus.
  await page.keyboard.press('2');
  await expect(canvas.nodes()).toHaveCount(38);
  const added = canvas.root.locator('.react-flow__node:focus');
  await expect(added).toHaveCount(1);
  const id = (await added.getAttribute('data-id'))!;
  await expect(canvas.edgeNamed('Pijl van Pols naar het welzijn')).toHaveCount(2);
  await page.keyboard.press('Enter');
  await expect(inspector.field('Tekst')).toBeFocused();
  await page.keyboard.type('Vraag naar de kinderen');
  await expect(canvas.node(id)).toContainText('Vraag naar de kinderen');

  // An arrow to another node, without the mouse.
  await inspector.field('Nieuwe pijl naar').selectOption({ label: 'Scenario 3' });
  await inspector.button('Verbinden').click();
  await expect(canvas.edgeNamed('Pijl van Vraag naar de kinderen naar Scenario 3')).toHaveCount(1);

  // Back on the node, three nudges to the right are one step.
  await canvas.node(id).focus();
  const before = await canvas.position(id);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => canvas.position(id)).toEqual({ x: before.x + 30, y: before.y });
  await expect(undoButton(page, 'Knoop verschoven')).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvas.position(id)).toEqual(before);

  // Escape clears the selection; Mod+A selects everything.
  await page.keyboard.press('Escape');
  await expect(canvas.root.locator('.react-flow__node.selected')).toHaveCount(0);
  await page.keyboard.press('Control+a');
  await expect(canvas.root.locator('.react-flow__node.selected')).toHaveCount(38);
  await expect(inspector.root).toContainText('38 knopen en 43 pijlen geselecteerd');

  // The shortcut overview lists the canvas's keys.
  await canvas.clickEmpty();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(dialog).toContainText('Stap toevoegen');
  await expect(dialog).toContainText('Plakken (ook in een andere kaart)');
  await expect(dialog).toContainText('Automatisch schikken');
});
