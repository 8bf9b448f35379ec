// Figures measured in the built apps in headless Chromium: the studio beside a
// plain React Flow page (studio-vs-peer.ts), autosave, large imports
// (import-figures.ts), and the viewer beside bpmn-js (viewer-vs-bpmn.ts). Timings are taken inside the page where the test
// driver's round trip would distort them.
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { type Figure } from './figures';
import { middleNode } from './flow-probes';
import { generateCard } from './generate-card';
import { importFigures } from './import-figures';
import { studioVsPeer } from './studio-vs-peer';
import { viewerVsBpmn } from './viewer-vs-bpmn';

async function autosaveFigures(browser: Browser, base: string): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/editor/`);
  await page.getByTestId('rf__node-start').waitFor();
  const card = generateCard({ nodes: 1000 });
  await page.getByTestId('import-input').setInputFiles({
    name: 'groot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(card)),
  });
  await page.locator(`input[value="${card.title}"]`).waitFor();
  await page
    .locator(`[data-id="${await middleNode(page, '.react-flow__node:has(.card-node-step)')}"]`)
    .click();
  await page.locator('#inspector textarea').first().waitFor();
  await page.locator('[data-testid=save-status][data-status=saved]').waitFor();
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
  await context.close();
  return [
    { name: 'studio: autosave, the save itself, 1,000 nodes', value: save.saving, unit: 'ms' },
    {
      name: 'studio: autosave, edit to saved, 1,000 nodes',
      value: save.total,
      unit: 'ms',
      target: { max: 500 },
      note: 'includes the 300 ms wait for more edits',
    },
  ];
}

/** BENCH_ONLY=flow,autosave,imports,viewer runs only those parts (all by default). */
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (part: string) => !only || only.includes(part);

export async function browserFigures(
  base: string,
  { sizes, reps }: { sizes: readonly number[]; reps: number },
  report: (figures: Figure[]) => void,
): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    if (wanted('flow')) report(await studioVsPeer(browser, base, { sizes, reps }));
    if (wanted('autosave')) report(await autosaveFigures(browser, base));
    if (wanted('imports')) report(await importFigures(browser, base));
    if (wanted('viewer')) report(await viewerVsBpmn(browser, base, Math.max(5, reps)));
  } finally {
    await browser.close();
  }
}
