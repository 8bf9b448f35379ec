// What each page downloads, gzipped: the studio's initial JavaScript (the entry
// and what index.html preloads; lazy chunks come on first use) beside the plain
// React Flow page's, and the viewer (JS, CSS, service worker) beside bpmn-js's
// NavigatedViewer page.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The JavaScript a page's index.html loads before anything runs: its module
 * scripts, modulepreloads and inline scripts (the studio's early read).
 */
export function initialJs(dir: string): { bytes: number; files: string[] } {
  const html = readFileSync(`${dist}${dir}/index.html`, 'utf8');
  const inline = [...html.matchAll(/<script>([^]*?)<\/script>/g)].reduce(
    (sum, m) => sum + gzipSync(m[1]!, { level: 9 }).length,
    0,
  );
  const files = [
    ...html.matchAll(
      /<script[^>]+src="\.\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+)"/g,
    ),
  ].map((m) => m[1] ?? m[2]!);
  return { bytes: files.reduce((sum, f) => sum + gz(`${dist}${dir}/${f}`), inline), files };
}

const assets = (dir: string, extra: string[] = []) =>
  [...readdirSync(`${dist}${dir}/assets`).map((f) => `assets/${f}`), ...extra].reduce(
    (sum, f) => sum + gz(`${dist}${dir}/${f}`),
    0,
  );

export function bundleFigures(): Figure[] {
  const studio = initialJs('editor');
  const peer = initialJs('bench/peer');
  const lazy = readdirSync(`${dist}editor/assets`).filter(
    (f) => f.endsWith('.js') && !studio.files.includes(`assets/${f}`),
  );
  const viewer = assets('viewer', ['sw.js']);
  const bpmn = assets('bench/bpmn');
  return [
    {
      name: 'studio: initial JavaScript, gzipped',
      value: studio.bytes / 1000,
      unit: 'kB',
      peer: peer.bytes / 1000,
      note: `${studio.files.length} file(s); ${lazy.length} chunk(s) loaded on first use`,
    },
    {
      name: 'studio: initial JavaScript, gzipped: ratio',
      value: studio.bytes / peer.bytes,
      unit: 'x',
      target: { max: 1.5 },
      note: 'to the plain React Flow page',
    },
    {
      name: 'viewer: JavaScript, CSS and sw.js, gzipped',
      value: viewer / 1000,
      unit: 'kB',
      peer: bpmn / 1000,
      target: { max: 30 },
      note: 'peer: bpmn-js NavigatedViewer, JS and CSS',
    },
    {
      name: 'viewer: JavaScript, CSS and sw.js, gzipped: ratio',
      value: viewer / bpmn,
      unit: 'x',
      note: 'to bpmn-js NavigatedViewer',
    },
  ];
}
