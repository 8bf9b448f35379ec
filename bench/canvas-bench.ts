// Measures the canvas in the built studio (`npm run build`, then
// `npx vite preview --outDir dist --port 5302`):
//   npx tsx bench/canvas-bench.ts [http://127.0.0.1:5302]
// Time until the sample, and a generated 1,000-node card, are on screen and
// editable; frame times while dragging a node; time for a typed letter to
// reach the node on the canvas.
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { largeCard } from './large-card';

const base = process.argv[2] ?? 'http://127.0.0.1:5302';
const round = (ms: number) => Math.round(ms);

async function editableAfter(page: Page, nodeId: string): Promise<void> {
  await page.getByTestId(`rf__node-${nodeId}`).click();
  await page.locator('#inspector textarea').first().waitFor();
}

async function dragFrames(page: Page, nodeId: string) {
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
  const pick = (q: number) => round(frames[Math.floor(q * (frames.length - 1))] ?? 0);
  return { frames: frames.length, median: pick(0.5), p95: pick(0.95), max: pick(1) };
}

async function typingLatency(page: Page, nodeId: string) {
  await editableAfter(page, nodeId);
  const field = page.locator('#inspector textarea').first();
  await field.focus();
  const times: number[] = [];
  for (const letter of 'abcdefghij') {
    const t0 = Date.now();
    await page.keyboard.type(letter);
    await page.getByTestId(`rf__node-${nodeId}`).filter({ hasText: letter }).waitFor();
    times.push(Date.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[5], max: times[9] };
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();

let t0 = Date.now();
await page.goto(`${base}/editor/`);
await page.getByTestId('rf__node-start').waitFor();
const sampleShown = Date.now() - t0;
await editableAfter(page, 's2-stap-7');
const sampleEditable = Date.now() - t0;
console.log(
  `sample (37 nodes): shown ${sampleShown} ms, editable ${sampleEditable} ms (first start, incl. seeding)`,
);
console.log('sample drag frames (ms):', await dragFrames(page, 's3-stap-2'));

const card = largeCard(1000);
t0 = Date.now();
await page.getByTestId('import-input').setInputFiles({
  name: 'groot.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(card)),
});
// The middle of the tallest column: where the fitted view of the big card looks.
await page.getByTestId('rf__node-s3-100').waitFor();
const largeShown = Date.now() - t0;
await editableAfter(page, 's3-100');
console.log(
  `generated card (${card.flow.nodes.length} nodes, ${card.flow.edges.length} edges): shown ${largeShown} ms, editable ${Date.now() - t0} ms (import, validation, save, render)`,
);
await page.getByRole('button', { name: 'Inzoomen' }).click();
console.log('1,000-node drag frames (ms):', await dragFrames(page, 's3-100'));
console.log('1,000-node typing, letter to canvas (ms):', await typingLatency(page, 's3-101'));
await browser.close();
