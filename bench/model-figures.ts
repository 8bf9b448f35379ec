// Figures of the document model, measured in Node: the load path, undo in the
// document store, and the three-way merge of a regional card.
import { readFileSync } from 'node:fs';
import { DocumentStore } from '../editor/state/document-store';
import { updateNode } from '../editor/state/commands/flow-commands';
import { immerReady } from '../editor/state/immer-runtime';
import { loadCard } from '../schema/load/load-card';
import { deriveRegionalCard } from '../schema/merge/derive';
import { mergeBaseUpdate } from '../schema/merge/merge-base-update';
import type { Card } from '../schema/types';
import { medianMs, type Figure } from './figures';
import { generateCard } from './generate-card';

export async function modelFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const sampleText = readFileSync(
    new URL('../samples/kindreflex-zuid-oost-vlaanderen.json', import.meta.url),
    'utf8',
  );
  const texts: [string, string, number | undefined][] = [
    ['sample (37 nodes)', sampleText, undefined],
    ['1,000 nodes', JSON.stringify(generateCard({ nodes: 1000 })), 20],
    ['5,000 nodes', JSON.stringify(generateCard({ nodes: 5000 })), undefined],
  ];
  for (const [label, text, max] of texts) {
    const ms = await medianMs(() => loadCard(text), { runs: 21 });
    figures.push({
      name: `load path (parse, migrate, validate, checks): ${label}`,
      value: ms,
      unit: 'ms',
      ...(max ? { target: { max } } : {}),
    });
  }

  await immerReady; // the store's commands need Immer, which the studio loads beside the first card
  const big = generateCard({ nodes: 1000 });
  const store = new DocumentStore();
  store.load('bench', big);
  const stepId = big.flow.nodes.find((n) => n.kind === 'step')!.id;
  let i = 0;
  const undoMs = await medianMs(() => {
    store.execute(updateNode, { id: stepId, changes: { text: `Tekst ${i++}` } });
    const started = performance.now();
    store.undo();
    return performance.now() - started;
  });
  figures.push({
    name: 'edit + undo in the document store: 1,000 nodes',
    value: undoMs,
    unit: 'ms',
    target: { max: 16 },
    note: 'model only; the studio figure adds rendering',
  });

  const regional = await deriveRegionalCard(big, {
    id: 'regio-bench',
    region: { name: 'Benchregio' },
  });
  const newBase: Card = structuredClone(big);
  newBase.flow.nodes[10]!.text = 'Herschreven stap';
  newBase.flow.nodes.push({
    id: 'nieuw',
    kind: 'step',
    text: 'Nieuwe stap',
    position: { x: 0, y: 0 },
  });
  newBase.flow.edges.push({ id: 'e-nieuw', source: newBase.flow.nodes[10]!.id, target: 'nieuw' });
  const mergeMs = await medianMs(() => mergeBaseUpdate(regional, newBase), { runs: 7 });
  figures.push({
    name: 'three-way merge of a regional card: 1,000 nodes',
    value: mergeMs,
    unit: 'ms',
  });
  return figures;
}
