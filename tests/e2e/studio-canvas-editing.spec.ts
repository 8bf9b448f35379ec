// Moving and arranging: a drag of several nodes is one step, auto-layout is
// one step, a problem in the panel takes you to its node.
import { expect, test } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { ProblemsPanel } from './pages/problems-panel';

test.beforeEach(async ({ page }) => {
  await page.goto('/editor/');
  await new CanvasPanel(page).waitForCard();
});

test('a drag of several nodes is one undo step', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  await canvas.showAll();
  await canvas.node('tip').click();
  await canvas.node('intro').click({ modifiers: ['Shift'] });
  expect((await canvas.selectedIds()).sort()).toEqual(['intro', 'tip']);
  const tip = await canvas.position('tip');
  const intro = await canvas.position('intro');
  await canvas.dragNode('intro', 80, 60);
  await expect.poll(() => canvas.position('tip')).not.toEqual(tip);
  const moved = await canvas.position('intro');
  expect(moved.x - intro.x).toBe((await canvas.position('tip')).x - tip.x);
  await expect(
    page.getByRole('button', { name: 'Ongedaan maken: 2 knopen verplaatst' }),
  ).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvas.position('tip')).toEqual(tip);
  expect(await canvas.position('intro')).toEqual(intro);
  await expect(page.getByRole('button', { name: /^Ongedaan maken$/ })).toBeDisabled();
});

test('auto-layout arranges the card in one step that undo puts back', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  const ids = ['start', 'scenario-1', 'scenario-5', 's3-stap-2', 'continue-dialoog', 'tip'];
  const before = await Promise.all(ids.map((id) => canvas.position(id)));
  await canvas.button('Automatisch schikken');
  await expect(
    page.getByRole('button', { name: 'Ongedaan maken: Automatisch geschikt' }),
  ).toBeEnabled();
  const after = await Promise.all(ids.map((id) => canvas.position(id)));
  expect(after).not.toEqual(before);
  // Calm left, alarming right; the trunk above the columns.
  const x = async (id: string) => (await canvas.position(id)).x;
  expect(await x('scenario-1')).toBeLessThan(await x('scenario-3'));
  expect(await x('scenario-3')).toBeLessThan(await x('scenario-5'));
  expect((await canvas.position('start')).y).toBeLessThan((await canvas.position('scenario-1')).y);
  await page.keyboard.press('Control+z');
  await expect.poll(() => Promise.all(ids.map((id) => canvas.position(id)))).toEqual(before);
});

test('choosing a problem selects its node and centres it', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  const problems = new ProblemsPanel(page);
  const inspector = new InspectorPanel(page);
  // A step on its own is unreachable and a dead end: two errors.
  const id = await canvas.add('Stap');
  await expect(problems.toggle).toContainText('2 fouten');
  await problems.toggle.click();
  await expect(problems.group('Fouten').locator('li')).toHaveCount(2);
  // Errors come before warnings.
  await expect(problems.items().first()).toContainText('Fout');
  // Look elsewhere first: pan the chart away and zoom in.
  const box = (await canvas.pane.boundingBox())!;
  await canvas.dragMouse({ x: box.x + 20, y: box.y + 20 }, { x: box.x + 420, y: box.y + 260 });
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Inzoomen' }).click();
  await problems.problem(/niet bereikbaar vanaf START/).click();
  await expect(inspector.kind).toContainText('Stap');
  expect(await canvas.selectedIds()).toEqual([id]);
  const offCentre = async () => {
    const pane = (await canvas.pane.boundingBox())!;
    const c = await canvas.centre(canvas.node(id));
    return Math.hypot(c.x - (pane.x + pane.width / 2), c.y - (pane.y + pane.height / 2));
  };
  await expect.poll(offCentre).toBeLessThan(20);
  await expect(canvas.node(id)).toBeFocused();

  // From another view too: the flow view comes back with the node in the middle.
  await page.getByRole('tab', { name: 'Partnergids' }).click();
  await expect(canvas.root).toHaveCount(0);
  await problems.problem(/loopt dood/).click();
  await expect(canvas.node(id)).toBeFocused();
  await expect.poll(offCentre).toBeLessThan(20);
});

test('the problems panel folds away, keeps its counts and is keyboard-usable', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  const problems = new ProblemsPanel(page);
  await canvas.add('Stap');
  // The sample opens without errors, so folded; a new step's errors do not push it open
  // under the canvas: the heading counts them.
  await expect(problems.toggle).toContainText('2 fouten, 13 waarschuwingen');
  await expect(problems.toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(problems.list).toBeHidden();
  // Folded, its items are not drawn at all (each check would redraw them unseen).
  await expect(problems.items()).toHaveCount(0);
  await problems.toggle.click();
  await expect(problems.toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(problems.items()).toHaveCount(15);
  await problems.toggle.click();
  await expect(problems.toggle).toHaveAttribute('aria-expanded', 'false');
  await problems.toggle.press('Enter');
  await expect(problems.list).toBeVisible();
  await problems.items().first().getByRole('button').focus();
  await page.keyboard.press('ArrowDown');
  await expect(problems.items().nth(1).getByRole('button')).toBeFocused();
  // A partner's problem leads to the directory, with the partner selected.
  await problems.problem(/'CGG'.*niet meer gecontroleerd/).click();
  await expect(page.getByRole('tab', { name: 'Partnergids' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('multi-selection: the inspector offers delete, duplicate and auto-layout', async ({
  page,
}) => {
  const canvas = new CanvasPanel(page);
  const inspector = new InspectorPanel(page);
  await canvas.node('s3-stap-1').click();
  await canvas.node('s3-stap-2').click({ modifiers: ['Shift'] });
  await expect(inspector.root).toContainText('2 knopen geselecteerd');
  await inspector.button('Dupliceren').click();
  await expect(canvas.nodes()).toHaveCount(39);
  await expect(
    page.getByRole('button', { name: 'Ongedaan maken: 2 knopen gedupliceerd' }),
  ).toBeEnabled();
  await inspector.button('Verwijderen').click();
  await expect(canvas.nodes()).toHaveCount(37);
  await page.keyboard.press('Control+z');
  await expect(canvas.nodes()).toHaveCount(39);
});
