// Builds the benchmark's peer pages into dist/bench/, beside the studio and the
// viewer so one `vite preview` serves them all: the plain React Flow page with
// the generated cards as React Flow nodes (flow-N.json), and the bpmn-js
// NavigatedViewer with the sample card as BPMN (diagram.bpmn), and the sample
// published as a site folder (site/), as a region puts it on its website.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { layoutNode } from '../schema/layout/measure';
import type { Card } from '../schema/types';
import { siteFiles } from '../viewer/publish/site';
import { readViewerBundle } from '../viewer/publish/viewer-build';
import { cardToBpmn } from './card-to-bpmn';
import { generateCard } from './generate-card';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PEER_DIR = `${root}dist/bench/peer/`;
export const BPMN_DIR = `${root}dist/bench/bpmn/`;
export const SITE_DIR = `${root}dist/bench/site/`;

async function buildPage(page: 'peer' | 'bpmn', outDir: string, minify = true): Promise<void> {
  await build({
    configFile: false,
    root: `${root}bench/${page}`,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify,
      sourcemap: !minify,
      // As the studio (es2020) and the viewer (es2022, top-level await) are built.
      target: page === 'peer' ? 'es2020' : 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
    },
  });
}

/** The card as a plain React Flow page would hold it: default nodes labelled with their text. */
export function peerFlow(card: Card) {
  return {
    nodes: card.flow.nodes.map((node) => {
      const { width, height } = layoutNode(node);
      return {
        id: node.id,
        position: node.position,
        data: { label: node.title ?? node.text ?? node.kind },
        width,
        height,
      };
    }),
    edges: card.flow.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      ...(edge.label ? { label: edge.label } : {}),
    })),
  };
}

export async function buildPeerPages(
  sizes: readonly number[],
  { minify = true } = {},
): Promise<void> {
  await buildPage('peer', PEER_DIR, minify);
  for (const size of sizes)
    writeFileSync(
      `${PEER_DIR}flow-${size}.json`,
      JSON.stringify(peerFlow(generateCard({ nodes: size }))),
    );
  await buildPage('bpmn', BPMN_DIR);
  const sample = JSON.parse(
    readFileSync(`${root}samples/kindreflex-zuid-oost-vlaanderen.json`, 'utf8'),
  ) as Card;
  writeFileSync(`${BPMN_DIR}diagram.bpmn`, cardToBpmn(sample));
  for (const [path, text] of Object.entries(siteFiles(readViewerBundle(), sample))) {
    mkdirSync(dirname(SITE_DIR + path), { recursive: true });
    writeFileSync(SITE_DIR + path, text);
  }
}
