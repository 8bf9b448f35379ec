// Lays the arrows of card files, as the studio's "Pijlen opnieuw leggen" does:
//   npx tsx editor/canvas/routing/route-file.ts samples/*.json
// The samples ship with their routes made this way. The file goes through the
// load path first; only the arrows' routes change.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCard } from '../../../schema/load/load-card';
import { loadAvoid } from './avoid';
import { routeCard } from './route-card';

const route = await loadAvoid();
for (const file of process.argv.slice(2)) {
  const result = loadCard(readFileSync(file, 'utf8'));
  if (!result.ok) {
    console.error(`${file}: ${result.problems[0]?.message.nl}`);
    process.exitCode = 1;
    continue;
  }
  const card = result.card;
  const started = performance.now();
  const routes = routeCard(card, route);
  for (const edge of card.flow.edges) {
    const r = routes.get(edge.id);
    if (r) edge.route = r;
    else delete edge.route;
  }
  writeFileSync(file, JSON.stringify(card, null, 2) + '\n');
  const ms = (performance.now() - started).toFixed(0);
  console.log(`${file}: ${routes.size} van ${card.flow.edges.length} pijlen gelegd (${ms} ms)`);
}
