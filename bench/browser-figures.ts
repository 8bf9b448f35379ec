// Figures measured in the built apps in headless Chromium: opening a 1,000-node
// card in the studio, dragging in it, undo, autosave; the viewer's bytes and
// its time to a drawn chart on a slow phone (4x CPU slowdown). Timings are
// taken inside the page where the test driver's round trip would distort them.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { type Figure } from './figures';
import { generateCard } from './generate-card';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A step drawn near the middle of the view: one that can be clicked and dragged. */
async function middleStep(page: Page): Promise<string> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  return page.locator('.react-flow__node:has(.card-node-step)').evaluateAll(
    (els, [cx, cy]) =>
      els
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            id: el.getAttribute('data-id')!,
            d: Math.hypot(r.x + r.width / 2 - cx!, r.y + r.height / 2 - cy!),
          };
        })
        .sort((a, b) => a.d - b.d)[0]!.id,
    [pane.x + pane.width / 2, pane.y + pane.height / 2],
  );
}

async function openEditable(page: Page, nodeId: string): Promise<void> {
  await page.getByTestId(`rf__node-${nodeId}`).click();
  await page.locator('#inspector textarea').first().waitFor();
}

async function studioFigures(browser: Browser, base: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 } })
  ).newPage();
  await page.goto(`${base}/editor/`);
  await page.getByTestId('rf__node-start').waitFor();
  const card = generateCard({ nodes: 1000 });
  await page.getByTestId('import-input').setInputFiles({
    name: 'groot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(card)),
  });
  await page.locator(`input[value="${card.title}"]`).waitFor();
  await page.locator('[data-testid=save-status][data-status=saved]').waitFor();

  // Open: the studio reopens the card last worked on, from the database.
  const openTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = Date.now();
    await page.reload();
    await page.locator(`input[value="${card.title}"]`).waitFor();
    await page.locator('.react-flow__node:has(.card-node-step)').first().waitFor();
    await openEditable(page, await middleStep(page));
    openTimes.push(Date.now() - t0);
  }
  figures.push({
    name: 'studio: open a 1,000-node card until it can be edited',
    value: median(openTimes),
    unit: 'ms',
    target: { max: 1500 },
    note: 'reload to inspector open, median of 3',
  });

  // Drag: main-thread work per frame (DevTools' TaskDuration over the frames drawn), and the frame interval.
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  const nodeId = await middleStep(page);
  const box = (await page.getByTestId(`rf__node-${nodeId}`).boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      ?.value ?? 0;
  await page.evaluate(`(() => { window.frames_ = []; window.stop_ = false; let last = performance.now();
    const tick = (now) => { window.frames_.push(now - last); last = now; if (!window.stop_) requestAnimationFrame(tick); };
    requestAnimationFrame(tick); })()`);
  const busyBefore = await taskSeconds();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++)
    await page.mouse.move(box.x + box.width / 2 + i * 4, box.y + box.height / 2 + i * 2);
  await page.mouse.up();
  const busy = (await taskSeconds()) - busyBefore;
  const frames = await page.evaluate<number[]>('(window.stop_ = true, window.frames_.slice(1))');
  figures.push({
    name: 'studio: main-thread work per frame while dragging, 1,000 nodes',
    value: (busy * 1000) / frames.length,
    unit: 'ms',
    target: { max: 16 },
    note: `mean over ${frames.length} frames`,
  });
  figures.push({
    name: 'studio: frame interval while dragging (median), 1,000 nodes',
    value: median(frames),
    unit: 'ms',
    note: '16.7 ms is every frame at 60 Hz',
  });

  // Undo, and autosave after an edit: timed in the page from the key press to the canvas showing it.
  await openEditable(page, nodeId);
  await page.locator('#inspector textarea').first().fill('Bewerkt voor de meting');
  await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
  const undo = await measureUndo(page, nodeId);
  figures.push({
    name: 'studio: undo of an edit, key to canvas updated, 1,000 nodes',
    value: undo,
    unit: 'ms',
    target: { max: 16 },
  });

  const save = await page.evaluate(
    () =>
      new Promise<{ total: number; saving: number }>((resolve) => {
        const status = document.querySelector('[data-testid=save-status]')!;
        const edited = performance.now();
        let savingAt = 0;
        new MutationObserver((_, observer) => {
          const kind = status.getAttribute('data-status');
          if (kind === 'saving') savingAt = performance.now();
          if (kind === 'saved' && savingAt) {
            observer.disconnect();
            resolve({ total: performance.now() - edited, saving: performance.now() - savingAt });
          }
        }).observe(status, { attributes: true });
        const textarea = document.querySelector<HTMLTextAreaElement>('#inspector textarea')!;
        const setter = Object.getOwnPropertyDescriptor(
          HTMLTextAreaElement.prototype,
          'value',
        )!.set!;
        setter.call(textarea, 'Nog een wijziging');
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }),
  );
  figures.push({
    name: 'studio: autosave, the save itself, 1,000 nodes',
    value: save.saving,
    unit: 'ms',
  });
  figures.push({
    name: 'studio: autosave, edit to saved, 1,000 nodes',
    value: save.total,
    unit: 'ms',
    target: { max: 500 },
    note: 'includes the 300 ms wait for more edits',
  });
  await page.context().close();
  return figures;
}

/** Presses Ctrl+Z and times, in the page, from the key event to the node's text changing on screen. */
async function measureUndo(page: Page, nodeId: string): Promise<number> {
  // Armed in one call and read in another: the key press must not overtake the observer.
  await page.evaluate((id) => {
    const w = window as unknown as { undoMs?: Promise<number> };
    w.undoMs = new Promise<number>((resolve) => {
      const node = document.querySelector(`[data-testid="rf__node-${id}"]`)!;
      let pressed = 0;
      window.addEventListener('keydown', (e) => (pressed = e.timeStamp), {
        capture: true,
        once: true,
      });
      new MutationObserver((_, observer) => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - pressed));
      }).observe(node, { subtree: true, childList: true, characterData: true });
    });
  }, nodeId);
  await page.keyboard.press('Control+z');
  const read = page.evaluate(() => (window as unknown as { undoMs: Promise<number> }).undoMs);
  return Promise.race([read, page.waitForTimeout(10_000).then(() => NaN)]);
}

function viewerBytes(): Figure[] {
  const dir = new URL('../dist/viewer/', import.meta.url);
  const files = [...readdirSync(new URL('assets/', dir)).map((f) => `assets/${f}`), 'sw.js'];
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(new URL(f, dir)), { level: 9 }).length,
    0,
  );
  return [
    {
      name: 'viewer: JavaScript and CSS, gzipped',
      value: bytes / 1000,
      unit: 'kB',
      target: { max: 30 },
      note: files.join(', '),
    },
  ];
}

async function viewerTime(browser: Browser, base: string): Promise<Figure[]> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.chart svg .node')) return;
        observer.disconnect();
        requestAnimationFrame(
          () => ((window as unknown as { drawnAt: number }).drawnAt = performance.now()),
        );
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${base}/viewer/`);
    await page.waitForFunction(
      () => (window as unknown as { drawnAt?: number }).drawnAt !== undefined,
    );
    times.push(await page.evaluate(() => (window as unknown as { drawnAt: number }).drawnAt));
    await context.close();
  }
  return [
    {
      name: 'viewer: navigation to chart drawn, sample, 4x CPU slowdown',
      value: median(times),
      unit: 'ms',
      target: { max: 1000 },
      note: 'phone size, median of 5',
    },
  ];
}

export async function browserFigures(base: string): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    return [
      ...(await studioFigures(browser, base)),
      ...viewerBytes(),
      ...(await viewerTime(browser, base)),
    ];
  } finally {
    await browser.close();
  }
}
