// 50 simulated editors on loopback, each saving every second on one of 10
// shared cards (bench/server-load.ts, in its own process). At the end every
// card must show every editor's last accepted save, and its revision must
// count exactly the accepted saves: nothing lost, nothing silently overwritten.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Card } from '../schema/types';
import type { BenchServer } from './server-harness';
import { percentile } from './server-harness';
import { nodeOf, type LoadResult, type LoadTask } from './server-load';

export interface EditorsResult {
  saves: number;
  conflicts: number;
  conflictsWithoutCard: number;
  gaveUp: number;
  lost: number;
  overwritten: number;
  p50: number;
  p95: number;
}

function runLoad(task: LoadTask): Promise<LoadResult> {
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const script = fileURLToPath(new URL('./server-load.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LoadResult)
        : reject(new Error(`load exited ${code}`)),
    );
    child.stdin.end(JSON.stringify(task));
  });
}

export async function simulateEditors(
  server: BenchServer,
  card: Card,
  { editors = 50, cards = 10, seconds = 60 } = {},
): Promise<EditorsResult> {
  const cardsUrl = `${server.base}/api/workspaces/${server.workspace}/cards`;
  const admin = await server.editor('beheerder');
  const cardIds: string[] = [];
  for (let i = 0; i < cards; i++) {
    const body = JSON.stringify({ card: { ...card, id: `kaart-${i}` } });
    const response = await fetch(cardsUrl, { method: 'POST', headers: admin, body });
    cardIds.push(((await response.json()) as { id: string }).id);
  }
  const heads = await Promise.all(Array.from({ length: editors }, () => server.editor()));
  const load = await runLoad({ cardsUrl, cardIds, heads, card, seconds });

  let lost = 0;
  for (let c = 0; c < cards; c++) {
    const response = await fetch(`${cardsUrl}/${cardIds[c]}`, { headers: admin });
    const { card: final, revision } = (await response.json()) as { card: Card; revision: number };
    let acceptedHere = 0;
    for (let e = c; e < editors; e += cards) {
      const n = nodeOf(e, cards);
      acceptedHere += load.accepted[e]!;
      if (final.flow.nodes[n]!.position.x !== card.flow.nodes[n]!.position.x + load.accepted[e]!)
        lost++;
    }
    if (revision !== 1 + acceptedHere) lost++;
  }
  const latencies = [...load.latencies].sort((a, b) => a - b);
  return {
    saves: load.saves,
    conflicts: load.conflicts,
    conflictsWithoutCard: load.conflictsWithoutCard,
    gaveUp: load.gaveUp,
    overwritten: load.overwritten,
    lost,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}
