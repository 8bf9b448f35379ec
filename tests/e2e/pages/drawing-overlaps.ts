// The drawing-clean check, measured on what the browser drew (not on the
// card's numbers): labels on boxes, labels on labels, arrows through boxes,
// boxes on boxes, from the screen rectangles of the nodes and labels and
// points along every arrow's path.
import type { Page } from '@playwright/test';

export interface Selectors {
  /** One element per node, whose client rectangle is the box. */
  nodes: string;
  /** One element per label line or label. */
  labels: string;
  /** The arrows' SVG paths. */
  paths: string;
}

export interface Overlaps {
  labelOnBox: number;
  labelOnLabel: number;
  arrowThroughBox: number;
  boxOnBox: number;
  /** What was measured, so a test can see it measured something. */
  counted: { nodes: number; labels: number; paths: number };
}

export const VIEWER: Selectors = {
  nodes: '.chart [data-node] > rect:first-of-type',
  labels: '.chart .labels text',
  paths: '.chart path[marker-end]',
};

export const STUDIO: Selectors = {
  nodes: '.flow-canvas .react-flow__node .card-node',
  labels: '.flow-canvas .card-edge-label',
  paths: '.flow-canvas .react-flow__edge-path',
};

export function measureOverlaps(page: Page, selectors: Selectors): Promise<Overlaps> {
  return page.evaluate((s) => {
    type R = { left: number; top: number; right: number; bottom: number };
    const rect = (el: Element): R => el.getBoundingClientRect();
    const hit = (a: R, b: R, slack: number) =>
      a.left < b.right - slack &&
      b.left < a.right - slack &&
      a.top < b.bottom - slack &&
      b.top < a.bottom - slack;
    const boxes = [...document.querySelectorAll(s.nodes)].map(rect);
    const labels = [...document.querySelectorAll(s.labels)].map(rect);
    const paths = [...document.querySelectorAll<SVGPathElement>(s.paths)];
    let boxOnBox = 0;
    let labelOnBox = 0;
    let labelOnLabel = 0;
    let arrowThroughBox = 0;
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => (boxOnBox += +hit(a, b, 1))));
    labels.forEach((l, i) => {
      labelOnBox += boxes.filter((b) => hit(l, b, 1)).length;
      labelOnLabel += labels.slice(i + 1).filter((m) => hit(l, m, 1)).length;
    });
    for (const path of paths) {
      const matrix = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const scale = Math.hypot(matrix.a, matrix.b);
      const crossed = new Set<number>();
      // Every 2 px along the arrow (on screen), leaving out its two ends on the box outlines.
      for (let at = 4 / scale; at < length - 4 / scale; at += 2 / scale) {
        const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y);
        const q = p.matrixTransform(matrix);
        boxes.forEach((b, i) => {
          if (q.x > b.left + 2 && q.x < b.right - 2 && q.y > b.top + 2 && q.y < b.bottom - 2)
            crossed.add(i);
        });
      }
      arrowThroughBox += crossed.size;
    }
    return {
      labelOnBox,
      labelOnLabel,
      arrowThroughBox,
      boxOnBox,
      counted: { nodes: boxes.length, labels: labels.length, paths: paths.length },
    };
  }, selectors);
}
