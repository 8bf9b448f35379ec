// npm run bench: builds the apps and the peer pages, serves them, and prints one
// line per figure (name, value, the peer's value, target), then writes
// bench/results.json. Browser figures run in headless Chromium (CHROMIUM_PATH,
// as for the tests). BENCH_REPS repetitions (default 5), BENCH_SIZES node
// counts (default 1000,5000), BENCH_PORT for the preview server, BENCH_ONLY to
// run some of the browser parts (browser-figures.ts).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { browserFigures } from './browser-figures';
import { buildPeerPages } from './build-pages';
import { bundleFigures } from './bundle-figures';
import { formatFigure, passes, type Figure } from './figures';
import { modelFigures } from './model-figures';
import { routerFigures } from './router-figures';
import { preview } from './serve';

const PORT = Number(process.env.BENCH_PORT ?? 4390);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const figures: Figure[] = [];
const report = (list: Figure[]) => {
  for (const figure of list) console.log(formatFigure(figure));
  figures.push(...list);
};

console.log(`Kindreflex Studio benchmarks, ${new Date().toISOString()}, Node ${process.version}\n`);
if (!process.env.BENCH_SKIP_MODEL) {
  report(await modelFigures());
  report(await routerFigures());
}

if (!process.env.BENCH_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build failed');
  await buildPeerPages(SIZES);
}
report(bundleFigures());
const server = await preview(PORT);
try {
  await browserFigures(server.base, { sizes: SIZES, reps: REPS }, report);
} finally {
  server.stop();
}

const results = figures.map((f) => ({ ...f, pass: passes(f) }));
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2) + '\n',
);
const missed = results.filter((r) => r.pass === false).length;
console.log(
  `\n${results.length} figures, ${missed} missed target(s); written to bench/results.json`,
);
