// The chart's pan and zoom as plain numbers: a screen point p shows the chart
// point (p - [x, y]) / k. Pure, so fitting and zooming are unit-tested.
import type { Box } from './geometry';

export interface Viewport {
  x: number;
  y: number;
  k: number;
}

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 4;
/** A fitted chart keeps this margin (px) from the pane's edges, and is never enlarged past MAX_FIT. */
export const FIT_MARGIN = 12;
export const MAX_FIT = 1.5;
const clamp = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/** The whole chart centred in a width × height area with a margin, never enlarged past 1.5×. */
export function fitViewport(
  bounds: Box,
  width: number,
  height: number,
  margin = FIT_MARGIN,
): Viewport {
  const k = clamp(
    Math.min((width - 2 * margin) / bounds.w, (height - 2 * margin) / bounds.h, MAX_FIT),
  );
  return {
    k,
    x: (width - bounds.w * k) / 2 - bounds.x * k,
    y: (height - bounds.h * k) / 2 - bounds.y * k,
  };
}

/** From this pane width on, a card opens whole; narrower (a phone), at its start. */
export const WHOLE_FROM = 700;
/** The zoom a phone opens at: text at 11.7 px. */
export const PHONE_ZOOM = 0.9;
/** The START node's distance (px) from the top of a phone's pane. */
export const PHONE_TOP = 8;

/**
 * The view a chart opens with in a width × height pane: the whole card, or on a
 * phone, where the whole card would be unreadable, its top: `start` (the START
 * node) centred at the top, at a zoom that reads.
 */
export function openingViewport(
  bounds: Box,
  start: Box | undefined,
  width: number,
  height: number,
): Viewport {
  if (width >= WHOLE_FROM || !start) return fitViewport(bounds, width, height);
  const k = PHONE_ZOOM;
  return { k, x: width / 2 - (start.x + start.w / 2) * k, y: PHONE_TOP - start.y * k };
}

/** The part of the chart a view shows in a width × height pane, in chart units. */
export function shownBox(v: Viewport, width: number, height: number): Box {
  return { x: -v.x / v.k, y: -v.y / v.k, w: width / v.k, h: height / v.k };
}

/** Whether two boxes overlap. */
export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Zoom by a factor, keeping the chart point under the screen point (px, py) in place. */
export function zoomAt(v: Viewport, factor: number, px: number, py: number): Viewport {
  const k = clamp(v.k * factor);
  const ratio = k / v.k;
  return { k, x: px - (px - v.x) * ratio, y: py - (py - v.y) * ratio };
}

/** Pan just enough that a box (in chart units) is on screen, when it is not already. */
export function revealBox(v: Viewport, box: Box, width: number, height: number): Viewport {
  const [left, top] = [box.x * v.k + v.x, box.y * v.k + v.y];
  const [w, h] = [box.w * v.k, box.h * v.k];
  const shift = (start: number, size: number, room: number) =>
    start < 0 || start + size > room ? (room - size) / 2 - start : 0;
  return { ...v, x: v.x + shift(left, w, width), y: v.y + shift(top, h, height) };
}
