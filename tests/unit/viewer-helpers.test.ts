// The viewer's pure helpers: chart geometry, pan and zoom, the palette's
// contrast, directory filters, the URL hash and where the card comes from.
import { describe, expect, it } from 'vitest';
import { layoutNode } from '../../schema/layout/measure';
import { loadCard, loadCardValue } from '../../schema/load/load-card';
import type { Card, Partner } from '../../schema/types';
import { curveAt, simpleCurve } from '../../schema/layout/edge-geometry';
import { pickSides } from '../../schema/layout/sides';
import { buildChart, roundedPath } from '../../viewer/chart/geometry';
import { fitViewport, revealBox, zoomAt } from '../../viewer/chart/pan-zoom';
import { KIND, nodeColours, SEVERITY } from '../../viewer/chart/theme';
import {
  ageSpan,
  coversAge,
  matchesQuery,
  NO_FILTER,
  sectionEntries,
} from '../../viewer/directory/filter';
import { contentHash, releaseIntact } from '../../schema/hash';
import { createRelease } from '../../schema/release';
import { cardSource } from '../../viewer/load';
import { parseCardOrigins, siteFiles } from '../../viewer/publish/site';
import { formatRoute, parseRoute } from '../../viewer/route';
import { NOW, readRepoFile, sampleText } from './helpers';

const loaded = loadCard(sampleText(), { now: NOW });
if (!loaded.ok) throw new Error('sample does not load');
const card: Card = loaded.card;
const partner = (id: string): Partner => card.directory.partners.find((p) => p.id === id)!;

describe('chart geometry', () => {
  const model = buildChart(card);

  it('gives every node its card position and measured size', () => {
    for (const { node, box } of model.nodes) {
      const layout = layoutNode(node);
      expect(box).toEqual({ ...node.position, w: layout.width, h: layout.height });
    }
    expect(model.edges).toHaveLength(card.flow.edges.length);
    const right = Math.max(...model.nodes.map(({ box }) => box.x + box.w));
    const bottom = Math.max(...model.nodes.map(({ box }) => box.y + box.h));
    expect(model.bounds).toEqual({ x: 0, y: 0, w: right, h: bottom });
  });

  it('honours the handles an edge asks for', () => {
    const edge = model.edges.find((e) => e.edge.id === 'e-s2-stap-8-scenario-1')!;
    const [start, end] = [edge.points[0], edge.points.at(-1)];
    expect(edge.routed).toBe(true);
    const from = model.nodes.find((n) => n.node.id === 's2-stap-8')!.box;
    const to = model.nodes.find((n) => n.node.id === 'scenario-1')!.box;
    expect(start).toEqual([from.x, from.y + from.h / 2]); // left side
    expect(end).toEqual([to.x + to.w, to.y + to.h / 2]); // right side
    expect(edge.labelLines.join(' ')).toBe('Geen verontrusting, de ouders werken mee');
  });

  it('drops straight down a column when no side is asked for', () => {
    const { points } = model.edges.find((e) => e.edge.id === 'e-s1-stap-1-s1-stap-2')!;
    const [start, end] = [points[0], points.at(-1)];
    expect(new Set(points.map((p) => p[0])).size).toBe(1);
    expect(start![1]).toBeLessThan(end![1]);
  });

  it('picks sides from where the boxes stand', () => {
    const a = { x: 0, y: 0, w: 100, h: 50 };
    expect(pickSides(a, { x: 0, y: 100, w: 100, h: 50 })).toEqual(['bottom', 'top']);
    expect(pickSides(a, { x: 0, y: -100, w: 100, h: 50 })).toEqual(['top', 'bottom']);
    expect(pickSides(a, { x: 200, y: 10, w: 100, h: 50 })).toEqual(['right', 'left']);
    expect(pickSides(a, { x: -200, y: 10, w: 100, h: 50 })).toEqual(['left', 'right']);
  });

  it('leaves and enters square to the sides, label in the middle', () => {
    const edge = { id: 'e', source: 'a', target: 'b' };
    const points = simpleCurve(
      edge,
      { x: -100, y: -25, w: 100, h: 50 },
      { x: 100, y: 0, w: 100, h: 200 },
    );
    expect(points).toEqual([
      [0, 0],
      [50, 0],
      [50, 100],
      [100, 100],
    ]);
    expect(curveAt(points, 0.5)).toEqual([50, 50]);
  });

  it('rounds the corners of a stored route, never more than half a stretch', () => {
    expect(
      roundedPath([
        [0, 0],
        [0, 100],
        [50, 100],
      ]),
    ).toBe('M0,0L0,92Q0,100 8,100L50,100');
    expect(
      roundedPath([
        [0, 0],
        [0, 6],
        [50, 6],
      ]),
    ).toBe('M0,0L0,3Q0,6 3,6L50,6');
  });
});

describe('pan and zoom', () => {
  const bounds = { x: 0, y: 0, w: 1000, h: 500 };

  it('fits the chart centred with a margin', () => {
    const v = fitViewport(bounds, 520, 800, 10);
    expect(v.k).toBeCloseTo(0.5);
    expect(v.x).toBeCloseTo(10);
    expect(v.y).toBeCloseTo((800 - 250) / 2);
  });

  it('zooms around a point that stays put', () => {
    const v = zoomAt({ x: 10, y: 20, k: 1 }, 2, 110, 220);
    // The chart point under (110, 220) was (100, 200) before and still is.
    expect((110 - v.x) / v.k).toBeCloseTo(100);
    expect((220 - v.y) / v.k).toBeCloseTo(200);
    expect(v.k).toBe(2);
    expect(zoomAt(v, 1000, 0, 0).k).toBe(4);
  });

  it('brings a focused box on screen, and leaves a visible one alone', () => {
    const v = { x: 0, y: 0, k: 1 };
    expect(revealBox(v, { x: 10, y: 10, w: 50, h: 50 }, 400, 400)).toEqual(v);
    const moved = revealBox(v, { x: 900, y: 10, w: 100, h: 50 }, 400, 400);
    expect(moved.x + 900).toBeGreaterThanOrEqual(0);
    expect(moved.x + 1000).toBeLessThanOrEqual(400);
  });
});

/** WCAG relative luminance contrast between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the palette', () => {
  it('keeps text at WCAG AA contrast on every kind and severity', () => {
    for (const colours of [...Object.values(KIND), ...Object.values(SEVERITY)])
      expect(contrast(colours.text, colours.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('colours scenario headings by severity, calm green to red', () => {
    expect(nodeColours('scenario', 1)).toBe(SEVERITY[1]);
    expect(nodeColours('scenario', 5).stroke).toBe('#b42020');
    expect(nodeColours('step', 5)).toBe(KIND.step);
  });
});

describe('directory filters', () => {
  it('turns an age choice into months', () => {
    expect(ageSpan('zwanger')).toEqual([-9, -1]);
    expect(ageSpan('2')).toEqual([24, 35]);
    expect(ageSpan('')).toBeNull();
  });

  it('matches a partner whose age range overlaps the year of life', () => {
    const kindEnGezin = partner('kind-en-gezin').ageRange;
    expect(coversAge(kindEnGezin, ageSpan('zwanger'))).toBe(true);
    expect(coversAge(kindEnGezin, ageSpan('3'))).toBe(true);
    expect(coversAge(kindEnGezin, ageSpan('4'))).toBe(false);
    expect(coversAge(partner('go-clb').ageRange, ageSpan('1'))).toBe(false);
    expect(coversAge(undefined, ageSpan('17'))).toBe(true);
  });

  it('searches names, services, roles and municipalities, forgiving accents and case', () => {
    const found = (query: string) =>
      card.directory.partners.filter((p) => matchesQuery(card, p, query)).map((p) => p.id);
    expect(found('clb')).toEqual(['vclb-zuid-oost-vlaanderen', 'go-clb']);
    expect(found('HET VK')).toEqual(['vck-oost-vlaanderen']);
    expect(found('zottegem')).toHaveLength(card.directory.partners.length);
    expect(found('gent')).toEqual([]);
  });

  it("shows an entry by its section's audience and way in", () => {
    const [parents, pros] = card.directory.sections;
    const onlyPros = { ...NO_FILTER, audience: 'professionals' as const };
    expect(sectionEntries(card, parents!, onlyPros, undefined)).toEqual([]);
    const clb = sectionEntries(card, pros!, { ...NO_FILTER, query: 'GO! CLB' }, undefined);
    expect(clb.map((e) => [e.partner.id, e.wayIn])).toEqual([['go-clb', 'brede-instap']]);
  });

  it('keeps only the partners of the chosen region', () => {
    const twoRegions = JSON.parse(readRepoFile('tests/fixtures/two-regions-card.json')) as Card;
    const section = twoRegions.directory.sections[0]!;
    const ids = (region?: string) =>
      sectionEntries(twoRegions, section, NO_FILTER, region).map((e) => e.partner.id);
    expect(ids()).toEqual(['politie-oost', 'politie-west', 'noodnummer']);
    expect(ids('west')).toEqual(['politie-west', 'noodnummer']);
  });
});

describe('the URL hash', () => {
  it('reads and writes the view, guide path, node and language', () => {
    expect(parseRoute('')).toEqual({
      view: 'kaart',
      lang: 'nl',
      stap: undefined,
      knoop: undefined,
    });
    const route = parseRoute('#view=gids&stap=scenario-2,scenario-3&lang=en');
    expect(route).toMatchObject({ view: 'gids', lang: 'en', stap: 'scenario-2,scenario-3' });
    expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(formatRoute({ view: 'kaart', lang: 'nl' })).toBe('#');
    expect(parseRoute('#view=<script>').view).toBe('kaart');
  });
});

describe('where the card comes from', () => {
  const page = 'https://example.org/viewer/?x=1';
  it('prefers an inline card, then ?card=, then ./card.json', () => {
    expect(cardSource('?card=a.json', page, '{"x":1}')).toEqual({ text: '{"x":1}' });
    expect(cardSource('?card=kaarten/a.json', page, null)).toEqual({
      url: 'https://example.org/viewer/kaarten/a.json',
    });
    expect(cardSource('', page, null)).toEqual({ url: 'https://example.org/viewer/card.json' });
  });

  it('refuses addresses that are not http(s)', () => {
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])
      expect(cardSource('?card=' + encodeURIComponent(bad), page, null)).toEqual({ badUrl: bad });
  });

  it('loads ?card= only from the page origin or an origin listed at publish time', () => {
    const other = '?card=' + encodeURIComponent('https://kaarten.example.net/a.json');
    expect(cardSource(other, page, null)).toEqual({ foreign: 'https://kaarten.example.net' });
    expect(cardSource(other, page, null, ['https://kaarten.example.net'])).toEqual({
      url: 'https://kaarten.example.net/a.json',
    });
    // Another scheme or port is another origin.
    const http = '?card=' + encodeURIComponent('http://example.org/viewer/a.json');
    expect(cardSource(http, page, null)).toEqual({ foreign: 'http://example.org' });
    const port = '?card=' + encodeURIComponent('https://example.org:8443/a.json');
    expect(cardSource(port, page, null)).toEqual({ foreign: 'https://example.org:8443' });
  });
});

describe('publishing the allowed card origins', () => {
  it('reads origins from what a publisher types, and writes them where the viewer looks', () => {
    expect(parseCardOrigins('https://a.be/kaarten/ http://b.be:8080, ftp://c.be nee')).toEqual({
      origins: ['https://a.be', 'http://b.be:8080'],
      invalid: ['ftp://c.be', 'nee'],
    });
    const index = '<html><head><title>x</title></head><body></body></html>';
    const site = siteFiles({ files: { 'index.html': index } }, card, [
      'https://a.be',
      'https://b.be',
    ]);
    expect(site['index.html']).toContain(
      '<meta name="kindreflex-card-origins" content="https://a.be https://b.be" />\n</head>',
    );
    expect(siteFiles({ files: { 'index.html': index } }, card)['index.html']).not.toContain('meta');
  });
});

describe('releaseIntact', () => {
  it('says nothing where the Web Crypto API is missing (a plain-http page)', async () => {
    const release = await createRelease(card, { version: '2026.1' });
    const forged: Card = { ...release, title: 'Anders' };
    expect(await releaseIntact(release)).toBe(true);
    expect(await releaseIntact(forged)).toBe(false);
    expect(await releaseIntact(card)).toBeNull();
    const crypto = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      expect(await releaseIntact(forged)).toBeNull();
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
    }
  });

  it('a release published in format 1 is still intact after the load path migrated it', async () => {
    const { release, ...content } = await createRelease(card, { version: '2026.1' });
    // Format 1 had no stored routes.
    const edges = content.flow.edges.map(({ route: _route, ...edge }) => edge);
    const written = { ...content, flow: { ...content.flow, edges }, schemaVersion: 1 };
    const v1 = { ...written, release: { ...release, hash: await contentHash(written) } };
    const migrated = loadCardValue(v1, { now: NOW });
    if (!migrated.ok) throw new Error('the format 1 release does not load');
    expect(migrated.card.schemaVersion).toBe(2);
    expect(await releaseIntact(migrated.card)).toBe(true);
    const forged: Card = { ...migrated.card, title: 'Anders' };
    expect(await releaseIntact(forged)).toBe(false);
  });
});
