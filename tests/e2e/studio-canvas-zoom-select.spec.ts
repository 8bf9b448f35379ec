// The canvas opens with the whole card in view, adds to the selection with
// Shift, Ctrl or Cmd held while clicking, and zoomed out too far to read draws
// the nodes' lines as bars and leaves out the arrows' labels, the grips at
// their ends, their wide hit lines and the handles.
// Every arrow ends in the page's one arrowhead, a chosen one in the selection's.
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

test('zoomed out too far to read: lines as bars, no arrow labels; back when zoomed in', async ({
  page,
}) => {
  const canvas = new CanvasPanel(page);
  const lines = canvas.root.locator('.card-node-line');
  const bars = canvas.root.locator('.card-node-far');
  const labels = canvas.root.locator('.card-edge-label');
  await expect(lines.first()).toBeVisible();
  await expect(labels.first()).toBeVisible();
  await expect(bars).toHaveCount(0);
  const handles = canvas.root.locator('.react-flow__handle');
  const arrows = canvas.root.locator('.react-flow__edge-path');
  const arrowCount = await arrows.count();
  const size = await canvas.node('intro').boundingBox();
  for (let i = 0; i < 12 && (await bars.count()) === 0; i++)
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
  await expect(bars.first()).toBeVisible();
  await expect(lines).toHaveCount(0);
  await expect(labels).toHaveCount(0);
  await expect(handles).toHaveCount(0);
  const grips = canvas.root.locator('.react-flow__edgeupdater');
  const hitLines = canvas.root.locator('.react-flow__edge-interaction');
  await expect(grips).toHaveCount(0);
  await expect(hitLines).toHaveCount(0);
  // Every arrow still drawn, from the handles the nodes declare.
  await expect(arrows).toHaveCount(arrowCount);
  // Still named for a screen reader, and still the box it was, only smaller.
  await expect(canvas.node('intro')).toHaveAttribute('aria-label', /.+/);
  const far = (await canvas.node('intro').boundingBox())!;
  expect(far.width / far.height).toBeCloseTo(size!.width / size!.height, 1);
  for (let i = 0; i < 12 && (await lines.count()) === 0; i++)
    await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(lines.first()).toBeVisible();
  await expect(labels.first()).toBeVisible();
  // The grips at the arrows' ends, to reconnect them, are back: two per arrow.
  await expect(grips).toHaveCount(arrowCount * 2);
  await expect(hitLines).toHaveCount(arrowCount);
  await expect(bars).toHaveCount(0);
  expect(await handles.count()).toBeGreaterThan(0);
});

test('every arrow ends in the arrowhead defined once; a chosen arrow in the selection colour', async ({
  page,
}) => {
  const canvas = new CanvasPanel(page);
  const ends = () =>
    canvas.root
      .locator('.react-flow__edge-path')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('marker-end')));
  const all = await ends();
  expect(all.length).toBeGreaterThan(30);
  expect(new Set(all)).toEqual(new Set(["url('#kr-arrow')"]));
  // Defined once for the page, in an SVG that is shown (a hidden one's markers draw nothing).
  const colours = await page.locator('marker').evaluateAll((markers) =>
    markers.map((m) => ({
      id: m.id,
      shown: getComputedStyle(m.closest('svg')!).display !== 'none',
      fill: getComputedStyle(m.querySelector('polyline')!).fill,
    })),
  );
  expect(colours.map((c) => c.id).sort()).toEqual(['kr-arrow', 'kr-arrow-selected']);
  expect(colours.every((c) => c.shown)).toBe(true);
  expect(new Set(colours.map((c) => c.fill)).size).toBe(2);

  const arrow = canvas.edges().first();
  await arrow.focus();
  await page.keyboard.press('Enter');
  await expect(arrow).toHaveClass(/selected/);
  await expect(arrow.locator('.react-flow__edge-path')).toHaveAttribute(
    'marker-end',
    "url('#kr-arrow-selected')",
  );
});
