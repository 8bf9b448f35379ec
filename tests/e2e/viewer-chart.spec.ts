// The chart: the studio's layout and colours, arrows, pan and zoom by mouse,
// touch, buttons and keyboard, and the panel with a step's local contacts.
import { expect, test } from '@playwright/test';
import { layoutNode } from '../../schema/layout/measure';
import type { Card } from '../../schema/types';
import { SEVERITY } from '../../viewer/chart/theme';
import { readRepoFile, ViewerPage } from './pages/viewer-page';

const card = JSON.parse(readRepoFile('samples/kindreflex-zuid-oost-vlaanderen.json')) as Card;

test.beforeEach(async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.open();
  await viewer.waitForFit();
});

test('draws every node at its position with the measured size and lines', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await expect(page.locator('.chart .node')).toHaveCount(card.flow.nodes.length);
  for (const node of card.flow.nodes) {
    const layout = layoutNode(node);
    const box = viewer.node(node.id);
    await expect(box).toHaveAttribute(
      'transform',
      `translate(${node.position.x} ${node.position.y})`,
    );
    const rect = box.locator('rect').first();
    await expect(rect).toHaveAttribute('width', String(layout.width));
    await expect(rect).toHaveAttribute('height', String(layout.height));
    const lines = layout.blocks.flatMap((b) => b.lines);
    await expect(box.locator('text')).toHaveCount(lines.length);
  }
  // Scenario headings carry their severity's colour, calm to alarming.
  for (const severity of [1, 2, 3, 4, 5] as const)
    await expect(viewer.node(`scenario-${severity}`).locator('rect').first()).toHaveAttribute(
      'fill',
      SEVERITY[severity].fill,
    );
});

test('draws the arrows with heads, labels and dashed returns', async ({ page }) => {
  const arrows = page.locator('.chart path[marker-end]');
  await expect(arrows).toHaveCount(card.flow.edges.length);
  await expect(page.locator('.chart path[stroke-dasharray]')).toHaveCount(
    card.flow.edges.filter((e) => e.kind === 'return').length,
  );
  const labels = await page.locator('.chart .labels text').allTextContents();
  expect(labels.join(' ')).toContain('De thuissituatie is veilig');
});

test('fits the whole chart on screen when it opens (on a phone: the whole card on request)', async ({
  page,
}) => {
  const viewer = new ViewerPage(page);
  if (test.info().project.name === 'phone') {
    await page.getByRole('button', { name: 'Hele kaart' }).click();
  }
  const area = (await viewer.chart.boundingBox())!;
  for (const id of ['intro', 'tip', 'continue-dialoog', 'scenario-5']) {
    const box = (await viewer.node(id).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(area.x - 1);
    expect(box.y).toBeGreaterThanOrEqual(area.y - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height + 1);
  }
});

test('zooms with the buttons, the keyboard and the wheel, and fits again', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await page.keyboard.press('0');
  await viewer.chart.focus();
  await page.keyboard.press('0');
  const [, , fitted] = await viewer.viewport();
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  expect((await viewer.viewport())[2]).toBeCloseTo(fitted! * 1.25, 3);
  await page.getByRole('button', { name: 'Uitzoomen' }).click();
  await page.getByRole('button', { name: 'Uitzoomen' }).click();
  expect((await viewer.viewport())[2]).toBeCloseTo(fitted! / 1.25, 3);
  await page.getByRole('button', { name: 'Hele kaart' }).click();
  expect((await viewer.viewport())[2]).toBeCloseTo(fitted!, 3);

  await viewer.chart.focus();
  await page.keyboard.press('+');
  expect((await viewer.viewport())[2]).toBeGreaterThan(fitted!);
  const [x] = await viewer.viewport();
  await page.keyboard.press('ArrowLeft');
  expect((await viewer.viewport())[0]).toBeCloseTo(x! + 80, 1);
  await page.keyboard.press('0');
  expect((await viewer.viewport())[2]).toBeCloseTo(fitted!, 3);

  test.skip(test.info().project.name === 'phone', 'no mouse wheel on a phone');
  const area = (await viewer.chart.boundingBox())!;
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await viewer.viewport())[2]).toBeGreaterThan(fitted!);
});

test('pans by dragging without choosing a node', async ({ page }) => {
  test.skip(test.info().project.name === 'phone', 'mouse drag');
  const viewer = new ViewerPage(page);
  const [x0, y0] = await viewer.viewport();
  const start = (await viewer.node('s3-stap-1').boundingBox())!;
  await page.mouse.move(start.x + 10, start.y + 10);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 40, { steps: 5 });
  await page.mouse.up();
  const [x1, y1] = await viewer.viewport();
  expect(x1! - x0!).toBeCloseTo(50, 0);
  expect(y1! - y0!).toBeCloseTo(30, 0);
  await expect(viewer.panel).toHaveCount(0);
});

test('pinches to zoom on a touch screen', async ({ page }) => {
  test.skip(test.info().project.name !== 'phone', 'touch only');
  const viewer = new ViewerPage(page);
  const [, , before] = await viewer.viewport();
  const area = (await viewer.chart.boundingBox())!;
  const [cx, cy] = [area.x + area.width / 2, area.y + area.height / 2];
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: cx - spread, y: cy, id: 1 },
              { x: cx + spread, y: cy, id: 2 },
            ],
    });
  await touch('touchStart', 20);
  for (const spread of [30, 45, 60, 80]) await touch('touchMove', spread);
  await touch('touchEnd', 0);
  await expect.poll(async () => (await viewer.viewport())[2]).toBeGreaterThan(before! * 2);
});

test('a step shows its text and the partners for its roles, with tel: links', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.chart.press('0'); // the whole card, also on a phone
  await page.getByRole('button', { name: /^Stap\. Bij twijfel: bel \(anoniem\) het VK/ }).click();
  await expect(viewer.panel).toContainText('Bij twijfel: bel (anoniem) het VK en/of het OCJ.');
  const vk = viewer.panel.getByRole('link', { name: '09 216 73 30' });
  await expect(vk).toHaveAttribute('href', 'tel:+3292167330');
  await expect(viewer.panel.getByRole('link', { name: '02 243 51 07' })).toHaveAttribute(
    'href',
    'tel:+3222435107',
  );
  await expect(page).toHaveURL(/#knoop=s2-stap-7$/);
  await page.reload();
  await expect(viewer.panel).toContainText('Ondersteuningscentrum Jeugdzorg (OCJ) Oost-Vlaanderen');
  await viewer.panel.getByRole('button', { name: 'Sluiten' }).click();
  await expect(viewer.panel).toHaveCount(0);
  await expect(viewer.node('s2-stap-7')).toBeFocused();
});

test('works by keyboard: Tab to a node, Enter opens it, Escape closes it', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.chart.focus();
  await page.keyboard.press('Tab');
  await expect(viewer.node('intro')).toBeFocused();
  // The flow's order: the notes first, then from START on.
  await page.keyboard.press('Tab');
  await expect(viewer.node('tip')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(viewer.panel.getByRole('heading', { name: 'START' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(viewer.node('start')).toBeFocused();
});

test('the chart view passes axe', async ({ page }) => {
  const viewer = new ViewerPage(page);
  await viewer.expectAccessible();
  await viewer.chart.press('0');
  await viewer.node('s4-stap-3').click();
  await expect(viewer.panel).toBeVisible();
  await viewer.expectAccessible();
});

test('opens readable on a phone: text of 11 px or more, tap targets of 44 px, every tab in view', async ({
  page,
}) => {
  test.skip(test.info().project.name !== 'phone', 'phone only');
  const viewer = new ViewerPage(page);
  // Node text as drawn on screen: 13 px in chart units times the zoom.
  const [, , zoom] = await viewer.viewport();
  expect(13 * zoom!).toBeGreaterThanOrEqual(11);
  // What the reader sees first is the conversation: START and the first step are on screen.
  const screen = page.viewportSize()!;
  for (const id of ['start', 'gesprek', 'inschatting']) {
    const box = (await viewer.node(id).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
    expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
  }
  // Every tab is in view and tall enough to tap; the open one says so.
  const tabs = page.getByRole('navigation', { name: 'Weergave' }).getByRole('link');
  await expect(tabs).toHaveCount(4);
  for (const tab of await tabs.all()) {
    const box = (await tab.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(screen.width + 0.5);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await expect(tabs.filter({ hasText: 'Stroomschema' })).toHaveAttribute('aria-current', 'page');
  await viewer.show('Tekstversie');
  await expect(tabs.filter({ hasText: 'Tekstversie' })).toHaveAttribute('aria-current', 'page');
  // Phone links and other links in the text version can be hit with a finger.
  const phones = page.locator('.phones a');
  expect(await phones.count()).toBeGreaterThan(5);
  for (const link of (await phones.all()).slice(0, 8))
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  // The whole card is one button away.
  await viewer.show('Stroomschema');
  await page.getByRole('button', { name: 'Hele kaart' }).click();
  await expect(viewer.node('continue-dialoog')).toBeInViewport();
});

test('reads as a flow: a skip link past it, each step says where it leads', async ({ page }) => {
  const viewer = new ViewerPage(page);
  const skip = page.getByRole('link', { name: 'Stroomschema overslaan' });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#na-schema')).toBeFocused();
  await expect(page).toHaveURL(/\/viewer\/$/);
  // START is read once, not "Start. START", and says where it leads.
  await expect(viewer.node('start')).toHaveAccessibleName(
    /^Start\. leidt naar Geef mee dat het thema kinderen/,
  );
  await expect(viewer.node('start')).not.toHaveAccessibleName(/START/);
  await expect(viewer.node('s2-stap-8')).toHaveAccessibleName(
    /leidt naar Scenario 1 \(Geen verontrusting, de ouders werken mee\); Scenario 3/,
  );
  // In flow order: each scenario's chain follows its heading, the closing band comes last.
  const order = await page
    .locator('.chart [data-node]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node')));
  expect(order.slice(0, 4)).toEqual(['intro', 'tip', 'start', 'gesprek']);
  expect(order.indexOf('s1-stap-1')).toBe(order.indexOf('scenario-1') + 1);
  expect(order.at(-1)).toBe('continue-dialoog');
});
