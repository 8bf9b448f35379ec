// npm run bench:server (also the last step of npm run bench): the shared
// server's figures, printed against their targets and added to
// bench/results.json next to the studio's and the viewer's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatFigure, passes, type Figure } from './figures';
import { serverFigures } from './server-figures';

const figures: Figure[] = [];
console.log(`\nShared server benchmarks, ${new Date().toISOString()}, Node ${process.version}\n`);
await serverFigures((list) => {
  for (const figure of list) console.log(formatFigure(figure));
  figures.push(...list);
});

const file = new URL('./results.json', import.meta.url);
type Results = { at?: string; node?: string; results: (Figure & { pass: boolean | null })[] };
const previous: Results = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as Results)
  : { results: [] };
const results = [
  ...previous.results.filter((r) => !r.name.startsWith('server: ')),
  ...figures.map((f) => ({ ...f, pass: passes(f) })),
];
writeFileSync(
  file,
  JSON.stringify(
    { at: previous.at ?? new Date().toISOString(), node: process.version, results },
    null,
    2,
  ) + '\n',
);
const missed = figures.filter((f) => passes(f) === false).length;
console.log(
  `\n${figures.length} server figures, ${missed} missed target(s); added to bench/results.json`,
);
process.exit(0); // pg's pool and PGlite keep no work, but end the process promptly
