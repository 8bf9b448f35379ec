// The canvas opens with the whole card in view and adds to the selection with
// Shift, Ctrl or Cmd held while clicking.
import { expect, test } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';

test.beforeEach(async ({ page }) => {
  await page.goto('/editor/');
  await new CanvasPanel(page).waitForCard();
});

test('the sample card opens with every node in view', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  const pane = (await canvas.pane.boundingBox())!;
  const inView = () =>
    canvas.root.locator('.react-flow__node').evaluateAll(
      (els, p) =>
        els.filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.left >= p.x - 1 &&
            r.top >= p.y - 1 &&
            r.right <= p.x + p.width + 1 &&
            r.bottom <= p.y + p.height + 1
          );
        }).length / els.length,
      pane,
    );
  await expect.poll(inView).toBe(1);
});

test('Ctrl- and Cmd-click add to the selection, a plain click chooses one', async ({ page }) => {
  const canvas = new CanvasPanel(page);
  await canvas.showAll();
  await canvas.node('tip').click();
  await canvas.node('intro').click({ modifiers: ['Control'] });
  expect((await canvas.selectedIds()).sort()).toEqual(['intro', 'tip']);
  await canvas.node('start').click({ modifiers: ['Meta'] });
  expect((await canvas.selectedIds()).sort()).toEqual(['intro', 'start', 'tip']);
  // Clicked again with Ctrl: out of the selection.
  await canvas.node('intro').click({ modifiers: ['Control'] });
  expect((await canvas.selectedIds()).sort()).toEqual(['start', 'tip']);
  await canvas.node('intro').click();
  expect(await canvas.selectedIds()).toEqual(['intro']);
  // Ctrl pressed and released on its own changes nothing.
  await page.keyboard.press('Control');
  await canvas.node('tip').click();
  expect(await canvas.selectedIds()).toEqual(['tip']);
});
