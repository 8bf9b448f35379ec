// The viewer's time to a painted chart on a slow phone (4x CPU slowdown, phone
// size) beside bpmn-js's NavigatedViewer drawing the same 37 nodes and 41
// arrows, interleaved run for run. The viewer is the sample published as a
// site (dist/bench/site/), whose page carries the chart as still markup until
// the viewer has drawn its own (viewer/publish/snapshot.tsx).
import type { Browser } from '@playwright/test';
import { SNAPSHOT_ID } from '../viewer/load';
import { compared, type Figure } from './figures';

/**
 * Navigation to the chart painted: the first node of the chart in the DOM, then
 * the end of the frame that draws it (a task posted from that frame's animation
 * callback at the highest priority runs once the frame is rendered, before the
 * page's own timers). Until 1 Dec the probe stopped at the animation callback,
 * before the frame's style, layout and paint: 100–250 ms of the viewer's time at
 * 4× slowdown, as good as none of bpmn-js's (which lays out its text while
 * importing). The time comes back as a console message: waiting with
 * waitForFunction put Playwright's own script (20–70 ms to compile here) in the
 * page's way while it was still loading.
 */
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
      type Scheduler = { postTask: (task: () => void, options: { priority: string }) => void };
      const { scheduler } = window as unknown as { scheduler: Scheduler };
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          scheduler.postTask(() => console.log(`painted ${performance.now()}`), {
            priority: 'user-blocking',
          }),
        );
      }).observe(document, { subtree: true, childList: true });
    }, nodeSelector);
    const painted = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('painted '),
      timeout: 30_000,
    });
    await page.goto(url, { waitUntil: 'commit' });
    return Number((await painted).text().split(' ')[1]);
  } finally {
    await context.close();
  }
}

/** A node of the viewer's chart or of the page's still chart once its script has shown it. */
const VIEWER_NODE = `#app .chart .node, #${SNAPSHOT_ID}:not([hidden]) .chart .node`;

export async function viewerVsBpmn(
  browser: Browser,
  base: string,
  reps: number,
): Promise<Figure[]> {
  const viewer: number[] = [];
  const bpmn: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const pair = [
      async () => viewer.push(await timeToChart(browser, `${base}/bench/site/`, VIEWER_NODE)),
      async () => bpmn.push(await timeToChart(browser, `${base}/bench/bpmn/`, '.djs-shape')),
    ];
    for (const run of rep % 2 ? pair.reverse() : pair) await run();
  }
  return compared('viewer: navigation to chart painted, 4x CPU slowdown', 'ms', viewer, bpmn, {
    max: 1000,
    ratioMax: 0.5,
    note: `sample published as a site, phone size, median of ${reps}; peer: bpmn-js NavigatedViewer`,
  });
}
