// Where an arrow's label goes: on a free stretch of its own arrow (centred on
// it, or just beside it where a gutter is narrow), never on a box or on
// another label. Candidates slide along every stretch at a few wrap
// widths; the one chosen crosses the fewest other arrows, stays near the
// middle of a long stretch and keeps its text wide. When nothing is free the
// middle of the longest stretch is kept, and the drawing check reports it.
import {
  labelBox,
  LABEL_GLYPH,
  LABEL_WIDTH,
  middleOfRoute,
  type Point,
} from '../../../schema/layout/edge-geometry';
import { BoxIndex, grow, segmentCrossesBox, spanOf } from '../../../schema/layout/box-index';
import type { Box } from '../../../schema/layout/sides';

const WIDTHS = [LABEL_WIDTH, 124, 104, 88, 76];
const STEP = 8;
/** Room kept free around a label: boxes and other labels keep this far. */
const MARGIN = 4;
/** How close another arrow may run before the label seems to belong to it. */
const NEAR = 14;
/** Keep clear of the arrowhead. */
const HEAD = 16;

export interface LabelWorld {
  /** Every node box. */
  boxes: BoxIndex<string>;
  /** Labels already placed (kept ones and new ones), grown as new ones are placed. */
  labels: BoxIndex<string>;
  /** Every arrow's stretches, as thin boxes keyed by arrow id, for the crossing count. */
  segments: BoxIndex<{ edge: string; a: Point; b: Point }>;
}

export function segmentBoxes(
  edge: string,
  points: Point[],
): [Box, { edge: string; a: Point; b: Point }][] {
  const out: [Box, { edge: string; a: Point; b: Point }][] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    out.push([spanOf(a, b), { edge, a, b }]);
  }
  return out;
}

interface Candidate {
  at: Point;
  width: number;
  box: Box;
  cost: number;
}

/** The best free place for `text` on the arrow `points`, or the fallback when none is free. */
export function placeLabel(
  edge: string,
  text: string,
  points: Point[],
  world: LabelWorld,
): { x: number; y: number; width: number } {
  let best: Candidate | null = null;
  // Narrower, but never so narrow that a word is cut in two.
  const longestWord = Math.max(...text.split(/\s+/).map((w) => w.length));
  const widths = WIDTHS.filter((w, i) => i === 0 || w >= longestWord * LABEL_GLYPH);
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const length = Math.abs(b[0] - a[0]) + Math.abs(b[1] - a[1]);
    const last = i === points.length - 1;
    for (const width of widths) {
      const probe = labelBox(text, [0, 0], width);
      const along = a[0] === b[0] ? probe.h : probe.w;
      // On a stretch, the label may reach past its ends by a little, never over the arrowhead.
      const start = Math.min(along / 2 - 6, length / 2);
      const end = Math.max(length - along / 2 + 6 - (last ? HEAD : 0), length / 2);
      // On the stretch, or just beside it (where a gutter is too narrow for the text).
      const upright = a[0] === b[0];
      const aside = upright ? probe.w / 2 + 5 : probe.h / 2 + 4;
      for (let s = start; s <= end + 0.01; s += STEP) {
        const t = length ? s / length : 0;
        const on: Point = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        for (const shift of [0, aside, -aside]) {
          const at: Point = upright ? [on[0] + shift, on[1]] : [on[0], on[1] + shift];
          const box = labelBox(text, at, width);
          const roomy = grow(box, MARGIN);
          if (world.boxes.query(roomy).length || world.labels.query(roomy).length) continue;
          const crossings = world.segments
            .query(box)
            .filter(({ item }) => item.edge !== edge && segmentCrossesBox(item.a, item.b, box, 0));
          // Another arrow running close by makes a reader wonder which arrow the label names.
          const near = world.segments
            .query(box, NEAR)
            .filter(({ item }) => item.edge !== edge).length;
          const cost =
            crossings.length * 60 +
            near * 20 +
            (shift ? 12 : 0) +
            Math.abs(s - length / 2) * 0.15 +
            (LABEL_WIDTH - width) * 0.4 -
            Math.min(length, 400) * 0.05;
          if (!best || cost < best.cost) best = { at, width, box, cost };
        }
      }
    }
  }
  const chosen = best ?? {
    at: middleOfRoute(points),
    width: LABEL_WIDTH,
    box: labelBox(text, middleOfRoute(points), LABEL_WIDTH),
  };
  world.labels.add(chosen.box, edge);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: round(chosen.at[0]), y: round(chosen.at[1]), width: chosen.width };
}
