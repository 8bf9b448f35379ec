// Where the viewer's chart opens and what its first frame draws text for: the
// whole card on a wide screen; on a phone its top, START centred, and text for
// the nodes in that view (the rest of the text follows after the first frame).
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../viewer/chart/geometry';
import {
  fitViewport,
  openingViewport,
  overlaps,
  shownBox,
  WHOLE_FROM,
} from '../../viewer/chart/pan-zoom';
import { sampleCard } from './helpers';

const model = buildChart(sampleCard());
const start = model.nodes.find((n) => n.node.kind === 'start')!.box;

describe('the opening view', () => {
  it('shows the whole card on a wide screen, or when it has no START', () => {
    expect(openingViewport(model.bounds, start, WHOLE_FROM, 800)).toEqual(
      fitViewport(model.bounds, WHOLE_FROM, 800),
    );
    expect(openingViewport(model.bounds, undefined, 390, 844)).toEqual(
      fitViewport(model.bounds, 390, 844),
    );
  });

  it('on a phone puts START at the top, centred, at a zoom that reads', () => {
    const v = openingViewport(model.bounds, start, 390, 844);
    expect(v.k).toBe(0.9);
    expect((start.x + start.w / 2) * v.k + v.x).toBeCloseTo(195);
    expect(start.y * v.k + v.y).toBeCloseTo(8);
  });

  it('on a phone draws text for the nodes in view first, START among them', () => {
    const shown = shownBox(openingViewport(model.bounds, start, 390, 844), 390, 844);
    const first = model.nodes.filter((n) => overlaps(n.box, shown));
    expect(first.map((n) => n.node.kind)).toContain('start');
    expect(first.length).toBeGreaterThan(1);
    // The sample is wider than tall: a phone's view holds two thirds of its nodes.
    expect(first.length).toBeLessThan(model.nodes.length);
  });

  it('tells overlapping boxes from boxes that only touch or lie apart', () => {
    const a = { x: 0, y: 0, w: 10, h: 10 };
    expect(overlaps(a, { x: 5, y: 5, w: 10, h: 10 })).toBe(true);
    expect(overlaps(a, { x: 10, y: 0, w: 5, h: 5 })).toBe(false);
    expect(overlaps(a, { x: 0, y: 20, w: 5, h: 5 })).toBe(false);
    expect(overlaps(a, { x: 3, y: 3, w: 0, h: 0 })).toBe(true);
  });
});
