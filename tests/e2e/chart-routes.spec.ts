// Routed arrows as a user meets them: the sample drawn clean in the studio and
// the viewer (measured on the screen), a dragged box taking its arrows along
// in one undo step that survives a reload and an export, a step inserted into
// an arrow, the compare chart with every arrow and a quiet console, and the
// canvas's handles, minimap and problems panel.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { CanvasPanel } from './pages/canvas-panel';
import { measureOverlaps, STUDIO, VIEWER } from './pages/drawing-overlaps';
import { ProblemsPanel } from './pages/problems-panel';
import { StudioPage } from './pages/studio-page';
import { VersionsPanel } from './pages/versions-panel';
import { ViewerPage } from './pages/viewer-page';

const CLEAN = { labelOnBox: 0, labelOnLabel: 0, arrowThroughBox: 0, boxOnBox: 0 };

async function openStudio(page: Page): Promise<CanvasPanel> {
  const studio = new StudioPage(page);
  await studio.open();
  const canvas = new CanvasPanel(page);
  await canvas.waitForCard();
  return canvas;
}

/** Chooses an arrow by keyboard, as React Flow allows: focus it, Enter selects it. */
async function selectArrow(canvas: CanvasPanel, words: string): Promise<void> {
  await canvas.edgeNamed(words).first().focus();
  await canvas.page.keyboard.press('Enter');
  await expect(canvas.edgeNamed(words).first()).toHaveClass(/selected/);
}

const pathOf = (canvas: CanvasPanel, id: string) =>
  canvas.root.locator(`[data-id="${id}"] .react-flow__edge-path`).getAttribute('d');

test('the sample is drawn clean: no label on a box or a label, no arrow through a box', async ({
  page,
}) => {
  const viewer = new ViewerPage(page);
  await viewer.open();
  await viewer.waitForFit();
  const inViewer = await measureOverlaps(page, VIEWER);
  expect(inViewer).toMatchObject(CLEAN);
  expect(inViewer.counted).toEqual({ nodes: 37, labels: expect.any(Number), paths: 41 });
  expect(inViewer.counted.labels).toBeGreaterThanOrEqual(4);

  const canvas = await openStudio(page);
  await expect(canvas.edges()).toHaveCount(41);
  const inStudio = await measureOverlaps(page, STUDIO);
  expect(inStudio).toMatchObject(CLEAN);
  expect(inStudio.counted).toEqual({ nodes: 37, labels: 4, paths: 41 });
});

test('a dragged box takes its arrows along in one step; reload and export keep the routes', async ({
  page,
}) => {
  const canvas = await openStudio(page);
  const studio = new StudioPage(page);
  const edge = 'e-s3-stap-2-s3-stap-3';
  const before = await pathOf(canvas, edge);
  expect(before).toMatch(/^M[\d.,]+L[\d.,]+$/); // a stored route: a straight drop
  // Scenario 3's last step, dragged to the right and down.
  await canvas.dragNode('s3-stap-3', 60, 80);
  await expect.poll(() => pathOf(canvas, edge)).not.toBe(before);
  const after = (await pathOf(canvas, edge))!;
  // Routed again, still orthogonal: every stretch keeps its x or its y.
  const points = after.match(/-?[\d.]+,-?[\d.]+/g)!.map((p) => p.split(',').map(Number));
  points
    .slice(1)
    .forEach((p, i) => expect(p[0] === points[i]![0] || p[1] === points[i]![1]).toBe(true));
  const undo = page.getByRole('button', { name: /^Ongedaan maken: / });
  await expect(undo).toHaveAccessibleName('Ongedaan maken: Knoop verplaatst');
  await undo.click();
  await expect.poll(() => pathOf(canvas, edge)).toBe(before);
  await page.getByRole('button', { name: 'Opnieuw: Knoop verplaatst' }).click();
  await expect.poll(() => pathOf(canvas, edge)).toBe(after);
  expect(await measureOverlaps(page, STUDIO)).toMatchObject(CLEAN);

  await studio.waitUntilSaved();
  await page.reload();
  await canvas.waitForCard();
  await expect.poll(() => pathOf(canvas, edge)).toBe(after);

  const exported = loadCard((await studio.exportCard()).text);
  expect(exported.ok).toBe(true);
  const card = (exported.ok && exported.card) as Card;
  const route = card.flow.edges.find((e) => e.id === edge)!.route!;
  const moved = card.flow.nodes.find((n) => n.id === 's3-stap-3')!.position;
  expect(route.points.at(-1)![1]).toBe(moved.y); // it ends on the box where it now is
  expect(card.flow.edges.every((e) => e.route)).toBe(true);

  // The chart's SVG export draws the stored routes.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Schema exporteren als SVG' }).click();
  const svg = await readFile(await (await download).path(), 'utf8');
  const [x, y] = route.points.at(-1)!;
  expect(svg).toContain(`L${x},${y}"`);
});

test('a "+" on a selected arrow inserts a step into it: one chain, room made, one step', async ({
  page,
}) => {
  const canvas = await openStudio(page);
  await selectArrow(canvas, 'Betrek de kinderen en ondersteun');
  const plus = page.getByRole('button', { name: 'Stap invoegen in deze pijl' });
  await expect(plus).toBeVisible();
  const below = (await canvas.position('s1-stap-4')).y;
  await plus.click();
  const [id] = await canvas.selectedIds();
  expect(id).toMatch(/^stap/);
  await expect(canvas.node(id!)).toContainText('Nieuwe stap');
  // The next step moved down to make room, and the arrows run through the new step.
  await expect.poll(async () => (await canvas.position('s1-stap-4')).y).toBeGreaterThan(below);
  await expect(canvas.edgeNamed('Nieuwe stap')).toHaveCount(2);
  expect(await measureOverlaps(page, STUDIO)).toMatchObject(CLEAN);
  await expect(page.getByRole('button', { name: /^Ongedaan maken: / })).toHaveAccessibleName(
    'Ongedaan maken: Stap ingevoegd in pijl',
  );
});

test('handles of 14 px show on hover; the minimap is off until asked; warnings wait folded', async ({
  page,
}) => {
  const canvas = await openStudio(page);
  const handle = canvas.handle('s2-stap-3', 'bottom');
  await expect(handle).toHaveCSS('visibility', 'hidden');
  await canvas.node('s2-stap-3').hover();
  await expect(handle).toHaveCSS('visibility', 'visible');
  // 14 px at 100 % zoom (the chart may be shown smaller to fit).
  await expect(handle).toHaveCSS('width', '14px');
  await expect(handle).toHaveCSS('height', '14px');

  await expect(canvas.root.locator('.react-flow__minimap')).toHaveCount(0);
  const toggle = canvas.toolbar.getByRole('button', { name: 'Overzichtskaart' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(canvas.root.locator('.react-flow__minimap')).toBeVisible();
  await toggle.click();
  await expect(canvas.root.locator('.react-flow__minimap')).toHaveCount(0);

  const problems = new ProblemsPanel(page);
  await expect(problems.toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(problems.toggle).toContainText('0 fouten, 13 waarschuwingen');
  // A box dropped over another is a warning that selects the box to move.
  await canvas.dragNode('s1-stap-2', 0, 40);
  await expect(problems.toggle).not.toContainText('13 waarschuwingen');
  await expect(problems.toggle).toContainText('0 fouten');
  await problems.toggle.click();
  await problems
    .problem(/^De stap 'Bespreek regelmatig de gezinssituatie.*ligt over/)
    .first()
    .click();
  expect(await canvas.selectedIds()).toEqual(['s1-stap-2']);
});

test('the compare chart draws every arrow of both versions, with a quiet console', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  const canvas = await openStudio(page);
  const versions = new VersionsPanel(page);
  await new StudioPage(page).waitUntilSaved();
  await versions.open();
  await versions.saveVersion('Zoals gedrukt', 'An Peeters');
  // An arrow removed, so the comparison has arrows of both versions to draw.
  await page.getByRole('tab', { name: 'Stroomschema' }).click();
  await selectArrow(canvas, 'Herstel de veiligheid');
  await page.keyboard.press('Delete');
  await expect(canvas.edges()).toHaveCount(40);
  await versions.open();
  await versions.compareWithCurrent('Zoals gedrukt');
  const chart = versions.compareResult;
  await expect(chart.locator('.react-flow__edge')).toHaveCount(41);
  await expect(chart.locator('.react-flow__edge.compare-removed')).toHaveCount(1);
  expect(warnings).toEqual([]);
});
