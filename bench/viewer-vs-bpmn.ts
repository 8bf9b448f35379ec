// The viewer's time to a drawn chart on a slow phone (4x CPU slowdown, phone
// size) beside bpmn-js's NavigatedViewer drawing the same 37 nodes and 41
// arrows, interleaved run for run.
import type { Browser } from '@playwright/test';
import { compared, type Figure } from './figures';

/** Navigation to the frame after the first node of the chart is in the DOM. */
async function timeToChart(browser: Browser, url: string, nodeSelector: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(
          () => ((window as unknown as { drawnAt: number }).drawnAt = performance.now()),
        );
      }).observe(document, { subtree: true, childList: true });
    }, nodeSelector);
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { drawnAt?: number }).drawnAt !== undefined,
    );
    return await page.evaluate(() => (window as unknown as { drawnAt: number }).drawnAt);
  } finally {
    await context.close();
  }
}

export async function viewerVsBpmn(
  browser: Browser,
  base: string,
  reps: number,
): Promise<Figure[]> {
  const viewer: number[] = [];
  const bpmn: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const pair = [
      async () => viewer.push(await timeToChart(browser, `${base}/viewer/`, '.chart svg .node')),
      async () => bpmn.push(await timeToChart(browser, `${base}/bench/bpmn/`, '.djs-shape')),
    ];
    for (const run of rep % 2 ? pair.reverse() : pair) await run();
  }
  return compared('viewer: navigation to chart drawn, 4x CPU slowdown', 'ms', viewer, bpmn, {
    max: 1000,
    ratioMax: 0.5,
    note: `sample, phone size, median of ${reps}; peer: bpmn-js NavigatedViewer`,
  });
}
