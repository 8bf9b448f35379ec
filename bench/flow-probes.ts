// What the benchmark measures in a React Flow page, the studio's or the plain
// peer's, the same way in both: the first render, main-thread work per frame
// while dragging a node, a one-node change from the key press to the frame that
// shows it, and the main-thread work in the second after that change. Timings
// are taken inside the page, where the test driver's round trips would not
// distort them; main-thread work is DevTools' TaskDuration.
import type { CDPSession, Page } from '@playwright/test';

export interface FlowRun {
  /** Navigation to the first frame with nodes drawn. */
  firstRender: number;
  /** Main-thread work per drawn frame while a node is dragged. */
  dragPerFrame: number;
  /** Key press to the frame that shows the node back where it was. */
  change: number;
  /** Main-thread work from that key press until a second later. */
  workAfter: number;
}

interface Probe {
  firstNodeAt?: number;
  frames?: number[];
  stop?: boolean;
  changeMs?: Promise<number>;
}
/** Page-side state; functions passed to page.evaluate run in the page, so each casts `window` itself. */
type ProbeWindow = { probe_: Probe };

/** Call before navigating: notes the first frame in which a node is drawn. */
export async function watchFirstRender(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as ProbeWindow;
    w.probe_ = {};
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.react-flow__node')) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.probe_.firstNodeAt = performance.now()));
    }).observe(document, { subtree: true, childList: true });
  });
}

export async function firstRender(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as ProbeWindow).probe_.firstNodeAt !== undefined,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(() => (window as unknown as ProbeWindow).probe_.firstNodeAt!);
}

export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** The node (matching `selector`) drawn nearest the middle of the pane. */
export async function middleNode(page: Page, selector: string): Promise<string> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  return page.locator(selector).evaluateAll(
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

/** Zooms in twice (React Flow's own buttons), then drags the middle node in 60 mouse moves. */
export async function drag(
  page: Page,
  cdp: CDPSession,
  selector: string,
): Promise<{ nodeId: string; perFrame: number }> {
  for (let i = 0; i < 2; i++) await page.locator('.react-flow__controls-zoomin').click();
  await page.waitForTimeout(300);
  const nodeId = await middleNode(page, selector);
  const box = (await page.locator(`[data-id="${nodeId}"].react-flow__node`).boundingBox())!;
  // A string, not a function: tsx would wrap the named inner function in a helper the page lacks.
  await page.evaluate(`(() => { const p = (window.probe_ ??= {}); p.frames = []; p.stop = false;
    const tick = () => { p.frames.push(performance.now()); if (!p.stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick); })()`);
  // Grabbed left of the middle: zoomed out to the whole card a node is a few pixels high and
  // the handles at the middle of its edges would start an arrow instead of a drag.
  const grab = { x: box.x + box.width * 0.3, y: box.y + box.height / 2 };
  const before = await taskMs(cdp);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(grab.x + i * 4, grab.y + i * 2);
  await page.mouse.up();
  const busy = (await taskMs(cdp)) - before;
  const frames = await page.evaluate(() => {
    const p = (window as unknown as ProbeWindow).probe_;
    p.stop = true;
    return p.frames!.length - 1;
  });
  return { nodeId, perFrame: busy / Math.max(1, frames) };
}

/**
 * Presses Ctrl+Z (the studio's undo; the peer puts the dragged node back with
 * one setNodes) and times, in the page, from the z key's event to the frame after
 * the node moved on screen; then the main-thread work in the second from the key press.
 */
export async function change(
  page: Page,
  cdp: CDPSession,
  nodeId: string,
): Promise<{ change: number; workAfter: number }> {
  // Armed in one call and read in another: the key press must not overtake the observer.
  await page.evaluate((id) => {
    (window as unknown as ProbeWindow).probe_.changeMs = new Promise<number>((resolve) => {
      const node = document.querySelector(`.react-flow__node[data-id="${id}"]`)!;
      // From the z: Control goes down a driver's round trip before it (2-4 ms here, counted
      // until 1 Dec); the event's timeStamp is when it reached the page, so any work of the
      // page's that keeps it waiting still counts.
      let pressed = 0;
      window.addEventListener(
        'keydown',
        (e) => {
          if (!pressed && e.key.toLowerCase() === 'z') pressed = e.timeStamp;
        },
        true,
      );
      new MutationObserver((_, observer) => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - pressed));
      }).observe(node, { attributes: true, attributeFilter: ['style'] });
    });
  }, nodeId);
  const before = await taskMs(cdp);
  const pressedAt = Date.now();
  await page.keyboard.press('Control+z');
  const ms = await Promise.race([
    page.evaluate(() => (window as unknown as ProbeWindow).probe_.changeMs!),
    page.waitForTimeout(10_000).then(() => NaN),
  ]);
  await page.waitForTimeout(Math.max(0, 1000 - (Date.now() - pressedAt)));
  return { change: ms, workAfter: (await taskMs(cdp)) - before };
}
