// The arrow router, measured in Node on the sample (37 nodes, 41 arrows) and a
// generated 1,000-node card: libavoid (what the studio uses) routing a whole
// card, re-routing after a move (the studio's local re-route, and libavoid's
// own incremental re-route for comparison), and, when elkjs is installed
// (`npm i --no-save elkjs`), ELK's layered layout with orthogonal routing, the
// other candidate: it routes only as part of laying the boxes out itself.
//   npx tsx bench/router-figures.ts
import { readFileSync } from 'node:fs';
import { loadAvoid } from '../editor/canvas/routing/avoid';
import { affectedEdges } from '../editor/canvas/routing/affected';
import { cardBoxes, routeCard } from '../editor/canvas/routing/route-card';
import { drawingCounts, drawingIssues } from '../schema/layout/drawing-check';
import { loadCard } from '../schema/load/load-card';
import type { Card } from '../schema/types';
import { formatFigure, medianMs, type Figure } from './figures';
import { generateCard } from './generate-card';

interface ElkNode {
  id: string;
  x?: number;
  y?: number;
}
interface Elk {
  layout(graph: object): Promise<{ children?: ElkNode[] }>;
}

function sample(): Card {
  const text = readFileSync(
    new URL('../samples/kindreflex-zuid-oost-vlaanderen.json', import.meta.url),
  );
  const result = loadCard(text);
  if (!result.ok) throw new Error('sample');
  for (const e of result.card.flow.edges) delete e.route;
  return result.card;
}

async function elkFigures(cards: [string, Card][]): Promise<Figure[]> {
  let elk: Elk;
  try {
    const module = (await import('elkjs/lib/elk.bundled.js' as string)) as {
      default: new () => Elk;
    };
    elk = new module.default();
  } catch {
    console.log('elkjs is not installed: `npm i --no-save elkjs` to compare with ELK.');
    return [];
  }
  const figures: Figure[] = [];
  for (const [label, card] of cards) {
    const boxes = cardBoxes(card);
    const graph = {
      id: 'root',
      layoutOptions: { 'elk.algorithm': 'layered', 'elk.edgeRouting': 'ORTHOGONAL' },
      children: [...boxes].map(([id, b]) => ({ id, width: b.w, height: b.h, x: b.x, y: b.y })),
      edges: card.flow.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
    };
    const started = performance.now();
    const laid = await elk.layout(structuredClone(graph));
    const ms = performance.now() - started;
    const moved = (laid.children ?? []).filter((n) => {
      const b = boxes.get(n.id)!;
      return Math.abs((n.x ?? 0) - b.x) > 1 || Math.abs((n.y ?? 0) - b.y) > 1;
    }).length;
    figures.push({ name: `elkjs layered + orthogonal routes: ${label}`, value: ms, unit: 'ms' });
    figures.push({
      name: `elkjs: boxes it moved away from the author's layout: ${label}`,
      value: moved,
      unit: `of ${boxes.size}`,
    });
  }
  return figures;
}

export async function routerFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  let started = performance.now();
  const route = await loadAvoid();
  figures.push({
    name: 'libavoid: load (WebAssembly)',
    value: performance.now() - started,
    unit: 'ms',
  });
  const big = generateCard({ nodes: 1000 });
  for (const e of big.flow.edges) delete e.route;
  const cards: [string, Card][] = [
    ['sample', sample()],
    ['1,000 nodes', big],
  ];
  for (const [label, card] of cards) {
    const small = label === 'sample';
    const ms = await medianMs(() => routeCard(card, route), {
      warmup: small ? 3 : 1,
      runs: small ? 9 : 3,
    });
    figures.push({ name: `libavoid: route every arrow: ${label}`, value: ms, unit: 'ms' });
    const routes = routeCard(card, route);
    for (const e of card.flow.edges) e.route = routes.get(e.id)!;
    const counts = drawingCounts(drawingIssues(card));
    figures.push({
      name: `libavoid: overlaps after routing (labels, arrows through boxes): ${label}`,
      value: counts['label-on-box'] + counts['label-on-label'] + counts['arrow-through-box'],
      unit: 'overlaps',
    });
  }

  // A drop after a drag: the moved box's arrows (and those it now covers), routed locally.
  const steps = big.flow.nodes.filter((n) => n.kind === 'step');
  const drops: number[] = [];
  for (let i = 0; i < 18; i++) {
    const node = steps[(i * 37) % steps.length]!;
    const moved = { ...big, flow: { ...big.flow, nodes: [...big.flow.nodes] } };
    const at = moved.flow.nodes.indexOf(node);
    moved.flow.nodes[at] = {
      ...node,
      position: { x: node.position.x + 40, y: node.position.y + 10 },
    };
    started = performance.now();
    routeCard(moved, route, affectedEdges(big, moved));
    if (i >= 3) drops.push(performance.now() - started);
  }
  drops.sort((a, b) => a - b);
  const dropMs = drops[Math.floor(drops.length / 2)]!;
  figures.push({
    name: 'libavoid: re-route after a drop, 1,000 nodes (studio, local)',
    value: dropMs,
    unit: 'ms',
    target: { max: 16 },
  });
  figures.push(...(await elkFigures(cards)));
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const figure of await routerFigures()) console.log(formatFigure(figure));
