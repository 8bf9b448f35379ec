// npm run bench: builds the apps, serves them, and prints one line per figure
// (name, value, unit, target), then writes bench/results.json. Browser figures
// run in headless Chromium (CHROMIUM_PATH, as for the tests).
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { browserFigures } from './browser-figures';
import { formatFigure, passes, type Figure } from './figures';
import { modelFigures } from './model-figures';
import { routerFigures } from './router-figures';

const PORT = Number(process.env.BENCH_PORT ?? 4390);
const figures: Figure[] = [];
const report = (list: Figure[]) => {
  for (const figure of list) console.log(formatFigure(figure));
  figures.push(...list);
};

console.log(`Kindreflex Studio benchmarks, ${new Date().toISOString()}, Node ${process.version}\n`);
report(await modelFigures());
report(await routerFigures());

const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('npm run build failed');
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    'dist',
    '--port',
    String(PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  const base = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${base}/viewer/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  report(await browserFigures(base));
} finally {
  if (server.pid) process.kill(-server.pid);
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
