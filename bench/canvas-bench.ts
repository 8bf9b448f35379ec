// Canvas figures in the built studio, in headless Chromium. Needs the build
// served: `npm run build && npx vite preview --outDir dist --port 5302`, then
//   npx tsx bench/canvas-bench.ts [http://127.0.0.1:5302]
// Time until the sample, and a generated 1,000-node card, are on screen and
// editable; frame times while dragging a node; time for a typed letter to
// reach the node on the canvas.
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { formatFigure, type Figure } from './figures';
import { generateCard } from './generate-card';

const base = process.argv[2] ?? 'http://127.0.0.1:5302';
const figures: Figure[] = [];
const report = (figure: Figure) => {
  figures.push(figure);
  console.log(formatFigure(figure));
};

async function editable(page: Page, nodeId: string): Promise<void> {
  await page.getByTestId(`rf__node-${nodeId}`).click();
  await page.locator('#inspector textarea').first().waitFor();
}

/** A step drawn near the middle of the view: one that can be clicked and dragged. */
async function middleStep(page: Page): Promise<string> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const ids = await page.locator('.react-flow__node:has(.card-node-step)').evaluateAll(
    (els, [cx, cy]) =>
      els
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            id: el.getAttribute('data-id')!,
            d: Math.hypot(r.x + r.width / 2 - cx!, r.y + r.height / 2 - cy!),
          };
        })
        .sort((a, b) => a.d - b.d)
        .map((n) => n.id),
    [pane.x + pane.width / 2, pane.y + pane.height / 2],
  );
  return ids[0]!;
}

async function dragFrames(page: Page, nodeId: string, name: string): Promise<void> {
  const box = (await page.getByTestId(`rf__node-${nodeId}`).boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // As text: tsx would wrap a function with helpers the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.stop_ = false;
    let last = performance.now();
    const tick = (now) => {
      window.frames_.push(now - last);
      last = now;
      if (!window.stop_) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(at.x + i * 4, at.y + i * 2);
  await page.mouse.up();
  const frames = await page.evaluate<number[]>(
    '(window.stop_ = true, window.frames_.slice(1).sort((a, b) => a - b))',
  );
  const pick = (q: number) => Math.round(frames[Math.floor(q * (frames.length - 1))] ?? 0);
  report({
    name: `${name}: frame time while dragging, median`,
    value: pick(0.5),
    unit: 'ms',
    target: { max: 17 },
  });
  report({
    name: `${name}: frame time while dragging, 95th percentile`,
    value: pick(0.95),
    unit: 'ms',
    target: { max: 50 },
  });
}

async function typing(page: Page, nodeId: string, name: string): Promise<void> {
  await editable(page, nodeId);
  await page.locator('#inspector textarea').first().focus();
  const times: number[] = [];
  for (const letter of 'qwxzyjkvbp') {
    const t0 = Date.now();
    await page.keyboard.type(letter);
    await page.getByTestId(`rf__node-${nodeId}`).filter({ hasText: letter }).waitFor();
    times.push(Date.now() - t0);
  }
  times.sort((a, b) => a - b);
  report({
    name: `${name}: typed letter to canvas, median`,
    value: times[5]!,
    unit: 'ms',
    target: { max: 100 },
    note: 'incl. the test driver round trip',
  });
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();

let t0 = Date.now();
await page.goto(`${base}/editor/`);
await page.getByTestId('rf__node-start').waitFor();
report({
  name: 'sample (37 nodes): first start to chart on screen',
  value: Date.now() - t0,
  unit: 'ms',
  target: { max: 1500 },
  note: 'incl. seeding the database',
});
await editable(page, 's2-stap-7');
report({
  name: 'sample: first start to editable',
  value: Date.now() - t0,
  unit: 'ms',
  target: { max: 2000 },
});
await dragFrames(page, 's3-stap-2', 'sample');

const card = generateCard({ nodes: 1000 });
t0 = Date.now();
await page.getByTestId('import-input').setInputFiles({
  name: 'groot.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(card)),
});
await page
  .getByRole('textbox', { name: 'Titel van de kaart' })
  .and(page.locator(`[value="${card.title}"]`))
  .waitFor();
await page.locator('.react-flow__node:has(.card-node-step)').first().waitFor();
const big = `${card.flow.nodes.length} nodes`;
report({
  name: `generated card (${big}): import to chart on screen`,
  value: Date.now() - t0,
  unit: 'ms',
  target: { max: 3000 },
  note: 'load path, save, render',
});
const step = await middleStep(page);
await editable(page, step);
report({
  name: `generated card (${big}): import to editable`,
  value: Date.now() - t0,
  unit: 'ms',
  target: { max: 3000 },
});
await page.getByRole('button', { name: 'Inzoomen' }).click();
await dragFrames(page, await middleStep(page), big);
await typing(page, await middleStep(page), big);
await browser.close();
