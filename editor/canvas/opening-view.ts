// Where the canvas looks when a card opens: React Flow's fitView, which shows
// the card whole or, when it needs less than the smallest zoom, as much of it
// as that zoom shows. A card of which that is less than half (thousands of
// steps) would open as an unreadable strip with hundreds of its nodes drawn
// (~500 of the bench's 5,000); it opens at its start instead, at a zoom that
// reads, and "Alles in beeld" (F) still gives the overview. React Flow then
// draws only what is in view (~20 nodes there).
import type { Viewport } from '@xyflow/react';

export const MIN_ZOOM = 0.1;
/** The zoom a card too large to show whole opens at. */
export const START_ZOOM = 0.75;
/** fitView's padding, as a share of the pane. */
export const FIT_PADDING = 0.06;
/** Space above and left of the start node. */
const MARGIN = 40;
/** Fit view while the smallest zoom shows at least 1/OVERVIEW_SHARE of the card across and down. */
const OVERVIEW_SHARE = 2;

interface Placed {
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
  data: { node: { kind: string } };
}

/**
 * null when fit view gives an overview (at MIN_ZOOM, at least half of the nodes'
 * extent is in `pane` each way); otherwise the viewport showing the start node (or
 * the top-most node) at START_ZOOM in the top left corner: the pane's width is not
 * known before it is first drawn, its corner is.
 */
export function openingViewport(
  nodes: readonly Placed[],
  pane: { width: number; height: number },
): Viewport | null {
  if (nodes.length === 0 || pane.width <= 0 || pane.height <= 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const n of nodes) {
    left = Math.min(left, n.position.x);
    top = Math.min(top, n.position.y);
    right = Math.max(right, n.position.x + (n.measured?.width ?? 0));
    bottom = Math.max(bottom, n.position.y + (n.measured?.height ?? 0));
  }
  const room = (1 - 2 * FIT_PADDING) * OVERVIEW_SHARE;
  const fits =
    (right - left) * MIN_ZOOM <= pane.width * room &&
    (bottom - top) * MIN_ZOOM <= pane.height * room;
  if (fits) return null;
  const start =
    nodes.find((n) => n.data.node.kind === 'start') ??
    nodes.reduce((a, b) => (b.position.y < a.position.y ? b : a));
  return {
    zoom: START_ZOOM,
    x: MARGIN - start.position.x * START_ZOOM,
    y: MARGIN - start.position.y * START_ZOOM,
  };
}
