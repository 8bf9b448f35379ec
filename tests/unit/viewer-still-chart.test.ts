// The still chart a published page carries (viewer/publish/snapshot.tsx): the
// card's chart as markup, hidden until its script decides, with nothing that
// clashes with the viewer's own page, and placed as the viewer opens.
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../viewer/chart/geometry';
import { PHONE_TOP, PHONE_ZOOM, WHOLE_FROM } from '../../viewer/chart/pan-zoom';
import { singleFileHtml, siteFiles } from '../../viewer/publish/site';
import { snapshotHtml, withSnapshot } from '../../viewer/publish/snapshot';
import { minimalCard, readRepoFile, sampleCard } from './helpers';

const page = '<html><head><title>x</title></head><body><div id="app"></div></body></html>';
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the still chart', () => {
  const card = sampleCard();
  const html = snapshotHtml(card);

  it('draws every node and arrow, hidden, inert and unheard until shown', () => {
    expect(html).toMatch(/^<div id="kindreflex-snapshot" hidden inert aria-hidden="true">/);
    expect(count(html, 'data-node=')).toBe(card.flow.nodes.length);
    expect(count(html, 'marker-end=')).toBe(card.flow.edges.length);
    // Ids the viewer's own page uses (#main, #na-schema, live-arrow) would be there twice.
    expect(html.match(/ id="[^"]*"/g)).toEqual([' id="kindreflex-snapshot"', ' id="still-arrow"']);
  });

  it('is shown by its script only for the chart in Dutch of the page’s own card', () => {
    const script = /<script>(.*)<\/script>$/.exec(html)![1]!;
    const shown = (search: string, hash: string) => {
      const element = { hidden: true };
      new Function('location', 'document', script)(
        { search, hash },
        { getElementById: () => element },
      );
      return !element.hidden;
    };
    expect(shown('', '')).toBe(true);
    expect(shown('', '#')).toBe(true);
    expect(shown('?x=1', '')).toBe(true);
    expect(shown('', '#view=gids')).toBe(false);
    expect(shown('', '#lang=en')).toBe(false);
    expect(shown('?card=a.json', '')).toBe(false);
    expect(shown('?x=1&card=a.json', '')).toBe(false);
  });

  it('escapes the card’s text', () => {
    const hostile = minimalCard();
    hostile.title = '</script><img src=x onerror=alert(1)>';
    const markup = snapshotHtml(hostile);
    expect(markup).not.toContain('<img');
    expect(count(markup, '</script>')).toBe(1);
  });

  it('opens on a phone with START centred at the top, as the viewer does', () => {
    const { bounds, nodes } = buildChart(card);
    const start = nodes.find((n) => n.node.kind === 'start')!.box;
    const value = (name: string) => Number(new RegExp(`--${name}:([\\d.-]+)px`).exec(html)![1]);
    // The SVG's left edge is the pane's middle less --phone-x: START's centre lands in the middle.
    expect(value('phone-x')).toBeCloseTo((start.x + start.w / 2 - bounds.x) * PHONE_ZOOM, 1);
    expect(value('phone-y') + (start.y - bounds.y) * PHONE_ZOOM).toBeCloseTo(PHONE_TOP, 1);
    expect(value('phone-w')).toBeCloseTo(bounds.w * PHONE_ZOOM, 1);
    // The phone layout starts where the viewer's does.
    expect(readRepoFile('viewer/styles.css')).toContain(`@container (width < ${WHOLE_FROM}px)`);
  });

  it('goes into both published pages, before the viewer’s root, and nowhere else', () => {
    const bundle = { files: { 'index.html': page } };
    const site = siteFiles(bundle, card)['index.html']!;
    expect(count(site, 'id="kindreflex-snapshot"')).toBe(1);
    expect(site.indexOf('kindreflex-snapshot')).toBeLessThan(site.indexOf('<div id="app">'));
    expect(count(singleFileHtml(bundle, card), 'id="kindreflex-snapshot"')).toBe(1);
    expect(withSnapshot('<body></body>', card)).toBe('<body></body>');
  });
});
