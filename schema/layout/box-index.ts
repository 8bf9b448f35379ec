// A uniform grid over boxes, so "what lies under this box?" costs a few cells
// instead of every box of a thousand-node card (the drawing check, the label
// placement and the router's obstacle search all ask it many times).
import type { Box } from './sides';

const CELL = 160;

export const overlaps = (a: Box, b: Box, margin = 0): boolean =>
  a.x < b.x + b.w + margin &&
  b.x < a.x + a.w + margin &&
  a.y < b.y + b.h + margin &&
  b.y < a.y + a.h + margin;

export const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  w: b.w + 2 * by,
  h: b.h + 2 * by,
});

export class BoxIndex<T> {
  private cells = new Map<string, { box: Box; item: T }[]>();

  constructor(entries: Iterable<[Box, T]> = []) {
    for (const [box, item] of entries) this.add(box, item);
  }

  /** The grid cells a box covers (plain loops: every box of a card is added on each drop). */
  private keys(b: Box): string[] {
    const [x0, x1] = [Math.floor(b.x / CELL), Math.floor((b.x + b.w) / CELL)];
    const [y0, y1] = [Math.floor(b.y / CELL), Math.floor((b.y + b.h) / CELL)];
    const keys: string[] = [];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(box: Box, item: T): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push({ box, item });
      else this.cells.set(key, [{ box, item }]);
    }
  }

  /** The items whose boxes overlap `box` (grown by `margin`), each once. */
  query(box: Box, margin = 0): { box: Box; item: T }[] {
    const seen = new Set<T>();
    const found: { box: Box; item: T }[] = [];
    for (const key of this.keys(grow(box, margin)))
      for (const entry of this.cells.get(key) ?? [])
        if (!seen.has(entry.item) && overlaps(entry.box, box, margin)) {
          seen.add(entry.item);
          found.push(entry);
        }
    return found;
  }
}

/** The box a straight stretch a–b spans. */
export const spanOf = (a: [number, number], b: [number, number]): Box => ({
  x: Math.min(a[0], b[0]),
  y: Math.min(a[1], b[1]),
  w: Math.abs(b[0] - a[0]),
  h: Math.abs(b[1] - a[1]),
});

/** Whether the segment a–b passes through the inside of a box (touching its outline does not count). */
export function segmentCrossesBox(
  a: [number, number],
  b: [number, number],
  box: Box,
  inset = 1,
): boolean {
  const [x0, x1] = [box.x + inset, box.x + box.w - inset];
  const [y0, y1] = [box.y + inset, box.y + box.h - inset];
  if (x1 <= x0 || y1 <= y0) return false;
  // Liang–Barsky clipping: is some part of the segment strictly inside?
  let [t0, t1] = [0, 1];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    return t0 < t1;
  };
  return clip(-dx, a[0] - x0) && clip(dx, x1 - a[0]) && clip(-dy, a[1] - y0) && clip(dy, y1 - a[1]);
}
