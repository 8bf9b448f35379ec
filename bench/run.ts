// npm run bench: prints one line per figure (name, value, unit, target) and
// writes bench/results.json. Browser figures run in headless Chromium.
import { writeFileSync } from 'node:fs';
import { formatFigure, passes, type Figure } from './figures';
import { modelFigures } from './model-figures';

const figures: Figure[] = [];
const report = (list: Figure[]) => {
  for (const figure of list) console.log(formatFigure(figure));
  figures.push(...list);
};

console.log(`Kindreflex Studio benchmarks, ${new Date().toISOString()}, Node ${process.version}\n`);
report(await modelFigures());

const results = figures.map((f) => ({ ...f, pass: passes(f) }));
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2) + '\n',
);
const missed = results.filter((r) => r.pass === false).length;
console.log(
  `\n${results.length} figures, ${missed} missed target(s); written to bench/results.json`,
);
