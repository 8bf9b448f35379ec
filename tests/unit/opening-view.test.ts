// A card opens whole when it fits at the smallest zoom; a larger one at its start.
import { describe, expect, it } from 'vitest';
import { MIN_ZOOM, openingViewport, START_ZOOM } from '../../editor/canvas/opening-view';

const node = (kind: string, x: number, y: number) => ({
  position: { x, y },
  measured: { width: 200, height: 80 },
  data: { node: { kind } },
});
const pane = { width: 1200, height: 800 };

describe('openingViewport', () => {
  it('leaves a card of which the smallest zoom shows at least half to fit view', () => {
    // 20,000 x 14,000 at 0.1 is 2,000 x 1,400: twice 1,200 x 800 less the padding, at most.
    const nodes = [node('start', 0, 0), node('step', 19800, 13920)];
    expect(openingViewport(nodes, pane)).toBeNull();
    expect(openingViewport([node('start', 0, 0), node('step', 21000, 0)], pane)).not.toBeNull();
  });

  it('opens a card too large for an overview at its start node, readable', () => {
    const nodes = [node('step', -5000, 300), node('start', 400, 100), node('end', 0, 40000)];
    const view = openingViewport(nodes, pane)!;
    expect(view.zoom).toBe(START_ZOOM);
    expect(view.zoom).toBeGreaterThan(MIN_ZOOM);
    // The start node's corner (400, 100) is 40 px from the pane's top left corner.
    expect(400 * view.zoom + view.x).toBe(40);
    expect(100 * view.zoom + view.y).toBe(40);
  });

  it('takes the top-most node when there is no start node', () => {
    const nodes = [node('step', 0, 500), node('step', 1000, -200), node('end', 0, 40000)];
    const view = openingViewport(nodes, pane)!;
    expect([1000 * view.zoom + view.x, -200 * view.zoom + view.y]).toEqual([40, 40]);
  });

  it('fits an empty card or a pane not laid out', () => {
    expect(openingViewport([], pane)).toBeNull();
    expect(openingViewport([node('start', 0, 0)], { width: 0, height: 0 })).toBeNull();
  });
});
