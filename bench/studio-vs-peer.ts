// The studio beside a plain React Flow page (bench/peer/) showing the same
// generated card, measured interleaved: each repetition runs both, in turns,
// at every size, so a busy moment of the shared machine hits both alike. Each
// figure is printed with the peer's and the median of the run-by-run ratios.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { compared, median, type Figure } from './figures';
import {
  change,
  drag,
  firstRender,
  middleNode,
  watchFirstRender,
  type FlowRun,
} from './flow-probes';
import { studioWithCard } from './serve';

type App = 'studio' | 'peer';
const STEP_NODE = '.react-flow__node:has(.card-node-step)';
const VIEWPORT = { width: 1440, height: 900 };

const settle = async (page: Page, app: App) => {
  if (app === 'studio')
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
};

async function runOnce(
  context: BrowserContext,
  url: string,
  app: App,
): Promise<FlowRun & { editable?: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await watchFirstRender(page);
    await page.goto(url);
    const first = await firstRender(page);
    let editable: number | undefined;
    if (app === 'studio') {
      // Until it can be edited: a step chosen, its text in the inspector. Clicked where it is
      // drawn: a locator's click first waits for two stable frames and scrolls, which added
      // 0.2-0.4 s of the driver's own to this figure.
      const step = page.locator(`[data-id="${await middleNode(page, STEP_NODE)}"]`);
      const box = (await step.boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
      await page.locator('#inspector textarea').first().waitFor();
      editable = await page.evaluate(() => performance.now());
    }
    await settle(page, app);
    const dragged = await drag(page, cdp, app === 'studio' ? STEP_NODE : '.react-flow__node');
    await settle(page, app);
    const changed = await change(page, cdp, dragged.nodeId);
    return { firstRender: first, dragPerFrame: dragged.perFrame, ...changed, editable };
  } finally {
    await page.close();
  }
}

export async function studioVsPeer(
  browser: Browser,
  base: string,
  { sizes, reps }: { sizes: readonly number[]; reps: number },
): Promise<Figure[]> {
  const runs = new Map<string, (FlowRun & { editable?: number })[]>();
  const studios = new Map<number, BrowserContext>();
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await studioWithCard(context, base, size);
    studios.set(size, context);
  }
  const peer = await browser.newContext({ viewport: VIEWPORT });
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const size of sizes) {
        const order: App[] = rep % 2 ? ['peer', 'studio'] : ['studio', 'peer'];
        for (const app of order) {
          const run =
            app === 'studio'
              ? await runOnce(studios.get(size)!, `${base}/editor/`, app)
              : await runOnce(peer, `${base}/bench/peer/?nodes=${size}`, app);
          const key = `${app}-${size}`;
          runs.set(key, [...(runs.get(key) ?? []), run]);
          process.stderr.write(
            `  ${key} #${rep + 1}: first ${run.firstRender.toFixed(0)} ms, drag ${run.dragPerFrame.toFixed(1)} ms/frame, change ${run.change.toFixed(1)} ms, work after ${run.workAfter.toFixed(0)} ms\n`,
          );
        }
      }
    }
  } finally {
    await peer.close();
    for (const context of studios.values()) await context.close();
  }

  const figures: Figure[] = [];
  for (const size of sizes) {
    const ours = runs.get(`studio-${size}`)!;
    const theirs = runs.get(`peer-${size}`)!;
    const n = size.toLocaleString('en');
    const ratioMax = size <= 1000 ? 1.2 : undefined;
    const pick = (list: FlowRun[], key: keyof FlowRun) => list.map((r) => r[key]);
    figures.push(
      ...compared(
        `${n} nodes: first render`,
        'ms',
        pick(ours, 'firstRender'),
        pick(theirs, 'firstRender'),
        {
          ratioMax,
          note: 'navigation to the first frame with nodes',
        },
      ),
      ...compared(
        `${n} nodes: main-thread work per frame, dragging`,
        'ms',
        pick(ours, 'dragPerFrame'),
        pick(theirs, 'dragPerFrame'),
        { ratioMax, max: 16 },
      ),
      ...compared(
        `${n} nodes: one-node change, key to frame`,
        'ms',
        pick(ours, 'change'),
        pick(theirs, 'change'),
        {
          ratioMax,
          max: 16,
          note: 'studio: undo of the drag; peer: setNodes of the node moved back',
        },
      ),
      ...compared(
        `${n} nodes: main-thread work in the second after`,
        'ms',
        pick(ours, 'workAfter'),
        pick(theirs, 'workAfter'),
        { ratioMax },
      ),
      {
        name: `${n} nodes: studio open until a step is in the inspector`,
        value: median(ours.map((r) => r.editable!)),
        unit: 'ms',
        target: { max: size <= 1000 ? 1500 : 3000 },
        note: 'navigation to the inspector showing the chosen step',
      },
    );
  }
  return figures;
}
