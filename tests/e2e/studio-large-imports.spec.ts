// Large files are read in the studio's worker while the page stays usable, and
// say how far they are: a sheet of 5,000 partners, a card of 5 MB. (How long
// it takes and how long the page is busy are benchmark figures: npm run bench.)
import { expect, test, type Page } from '@playwright/test';
import { generateCard } from '../../bench/generate-card';
import { directoryToCsv } from '../../schema/csv';
import { CanvasPanel } from './pages/canvas-panel';
import { DirectoryPanel } from './pages/directory-panel';
import { ProblemsPanel } from './pages/problems-panel';
import { StudioPage } from './pages/studio-page';

test.setTimeout(180_000);

/** Records every stage the progress line shows, however briefly. */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { stages: string[] };
    w.stages = [];
    new MutationObserver(() => {
      const stage = document.querySelector('[data-testid=task-status]')?.getAttribute('data-stage');
      if (stage && w.stages.at(-1) !== stage) w.stages.push(stage);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { stages: string[] }).stages);
}

/** The studio with a generated card of `nodes` nodes imported and open. */
async function openGenerated(page: Page, nodes: number) {
  const studio = new StudioPage(page);
  await studio.open();
  const card = generateCard({ nodes });
  await studio.importFile('basis.json', JSON.stringify(card));
  await expect(studio.cardTitle).toHaveValue(card.title);
  return card;
}

test('a sheet of 5,000 partners is read in the background, previewed and applied as one step', async ({
  page,
}) => {
  await openGenerated(page, 300);
  const directory = new DirectoryPanel(page);
  await directory.open();

  const stages = await watchProgress(page);
  const sheet = directoryToCsv(generateCard({ nodes: 300, partners: 5000 }));
  await page.getByTestId('csv-input').setInputFiles({
    name: 'gids.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(sheet),
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('4970 toegevoegd');
  expect(await stages()).toContain('read');
  // Thousands of rows are counted, not all listed.
  await expect(dialog.getByTestId('csv-added').getByRole('listitem')).toHaveCount(100);
  await expect(dialog.getByTestId('csv-added')).toContainText('… en nog 4870.');

  await dialog.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page.getByText("Partnergids ingelezen uit 'gids.csv'")).toBeVisible();
  await expect(directory.root.locator('.entry-name', { hasText: 'Organisatie 5000' })).toHaveCount(
    1,
  );
  await expect(page.getByRole('button', { name: /Ongedaan maken: / })).toBeEnabled();
});

test('a card of 5 MB is checked in the background with progress, then opened', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const stages = await watchProgress(page);
  const card = generateCard({ nodes: 5000, partners: 5000, partnerNotes: 450 });
  const text = JSON.stringify(card);
  expect(text.length).toBeGreaterThan(5_000_000);
  await studio.importFile('groot.json', text);
  await expect(studio.cardTitle).toHaveValue(card.title, { timeout: 60_000 });
  const canvas = new CanvasPanel(page);
  await canvas.waitForCard();
  expect(await stages()).toEqual(expect.arrayContaining(['read', 'store']));
  await expect(page.getByTestId('task-status')).toHaveCount(0);
  // Too large for an overview: it opens at its start, readable, with only what is in view drawn.
  await expect(canvas.node('start')).toBeInViewport();
  const start = (await canvas.node('start').boundingBox())!;
  expect(start.height).toBeGreaterThan(16);
  expect(await page.locator('.react-flow__node').count()).toBeLessThan(200);
  // Its arrows follow the nodes in slices: the first and one of the last in the list are drawn.
  const arrow = (id: string) => canvas.root.locator(`.react-flow__edge[data-id="${id}"]`);
  const lastFromAssessment = card.flow.edges.findLast((e) => e.source === 'inschatting')!;
  expect(card.flow.edges.indexOf(lastFromAssessment)).toBeGreaterThan(4500);
  await expect(arrow(card.flow.edges[0]!.id)).toHaveCount(1);
  await expect(arrow(lastFromAssessment.id)).toHaveCount(1);
});

test('a card with hundreds of warnings lists the first hundred, the rest on request', async ({
  page,
}) => {
  await openGenerated(page, 300);
  const problems = new ProblemsPanel(page);
  await expect(problems.toggle).toContainText('0 fouten, 147 waarschuwingen');
  await problems.open();
  const warnings = problems.group('Waarschuwingen');
  await expect(warnings.locator('li.problem')).toHaveCount(100);

  await warnings.getByRole('button', { name: 'Toon alle 147' }).click();
  await expect(warnings.locator('li.problem')).toHaveCount(147);
  // The keyboard goes on at the first warning the button brought.
  await expect(warnings.locator('button.problem-go').nth(100)).toBeFocused();
});

test('on a card of 300 nodes the "connect to" list is drawn when first used', async ({ page }) => {
  const card = await openGenerated(page, 300);
  const canvas = new CanvasPanel(page);
  await canvas.waitForCard();
  await canvas.node('start').click();
  const list = page.locator('#inspector').getByLabel('Nieuwe pijl naar');
  // Only the prompt while the node is merely chosen: a click on a node stays quick.
  await expect(list.locator('option')).toHaveCount(1);
  await list.focus();
  // Every other node, after the prompt.
  await expect(list.locator('option')).toHaveCount(card.flow.nodes.length);
  await list.selectOption({ index: 1 });
  await expect(page.locator('#inspector').getByRole('button', { name: 'Verbinden' })).toBeEnabled();
});
