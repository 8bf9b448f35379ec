// Figures of the shared server (issue 12): start-up of the embedded database,
// the save round trip on PGlite and on PostgreSQL (when DATABASE_URL is set),
// and 50 editors saving every second on 10 shared cards.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Card } from '../schema/types';
import type { Database } from '../server/db/database';
import { openDatabase } from '../server/db/open';
import type { Figure } from './figures';
import { simulateEditors } from './server-editors';
import { percentile, startBenchServer } from './server-harness';

const sample = JSON.parse(
  readFileSync(new URL('../samples/kindreflex-zuid-oost-vlaanderen.json', import.meta.url), 'utf8'),
) as Card;

async function startupFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kindreflex-bench-'));
  try {
    let started = performance.now();
    const first = await openDatabase({ dataDir: dir });
    const firstMs = performance.now() - started;
    await first.close();
    started = performance.now();
    const again = await openDatabase({ dataDir: dir });
    const againMs = performance.now() - started;
    await again.close();
    return [
      {
        name: 'server: embedded database, first start (initdb, migrations)',
        value: firstMs,
        unit: 'ms',
        target: { max: 15_000 },
      },
      {
        name: 'server: embedded database, start with existing data',
        value: againMs,
        unit: 'ms',
        target: { max: 3_000 },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function roundTrip(db: Database, label: string, runs = 200): Promise<Figure[]> {
  const server = await startBenchServer(db);
  try {
    const headers = await server.editor();
    const base = `${server.base}/api/workspaces/${server.workspace}/cards`;
    const created = await fetch(base, {
      method: 'POST',
      headers,
      body: JSON.stringify({ card: sample }),
    });
    const { id } = (await created.json()) as { id: string };
    let revision = 1;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const card = { ...sample, subtitle: `Zuid-Oost-Vlaanderen ${i}` };
      const started = performance.now();
      const response = await fetch(`${base}/${id}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ baseRevision: revision, card }),
      });
      revision = ((await response.json()) as { revision: number }).revision;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const note = `${runs} saves of the sample card (${Math.round(JSON.stringify(sample).length / 1024)} kB) over loopback HTTP`;
    return [
      {
        name: `server: save round trip p50 (${label})`,
        value: percentile(times, 50),
        unit: 'ms',
        target: { max: 50 },
        note,
      },
      {
        name: `server: save round trip p95 (${label})`,
        value: percentile(times, 95),
        unit: 'ms',
        target: { max: 100 },
      },
    ];
  } finally {
    await server.close();
  }
}

async function editorsFigures(db: Database, label: string): Promise<Figure[]> {
  const server = await startBenchServer(db);
  const seconds = Number(process.env.BENCH_SERVER_SECONDS ?? 60);
  try {
    const r = await simulateEditors(server, sample, { editors: 50, cards: 10, seconds });
    const note = `50 editors x 1 save/s x ${seconds} s on 10 cards: ${r.saves} saves, ${r.conflicts} conflicts merged and retried`;
    return [
      {
        name: `server: 50 editors, saves lost (${label})`,
        value: r.lost,
        unit: '',
        target: { max: 0 },
        note,
      },
      {
        name: `server: 50 editors, saves given up after 30 tries (${label})`,
        value: r.gaveUp,
        unit: '',
        target: { max: 0 },
        note: 'not lost: the editor keeps the change and sends it again a second later',
      },
      {
        name: `server: 50 editors, saves silently overwritten (${label})`,
        value: r.overwritten + r.conflictsWithoutCard,
        unit: '',
        target: { max: 0 },
      },
      {
        name: `server: 50 editors, saves accepted per second (${label})`,
        value: r.saves / seconds,
        unit: '/s',
        target: { min: 40 },
      },
      {
        name: `server: 50 editors, save request p95 (${label})`,
        value: r.p95,
        unit: 'ms',
        target: { max: 1000 },
        note: `p50 ${r.p50.toFixed(1)} ms`,
      },
    ];
  } finally {
    await server.close();
  }
}

export async function serverFigures(report: (figures: Figure[]) => void): Promise<void> {
  report(await startupFigures());
  const databases: [string, () => Promise<Database>][] = [
    ['PGlite', () => openDatabase({ dataDir: 'memory' })],
  ];
  const url = process.env.DATABASE_URL;
  if (url)
    databases.push(['PostgreSQL', () => openDatabase({ databaseUrl: url, dataDir: 'memory' })]);
  else console.log('(DATABASE_URL is not set: no PostgreSQL figures)');
  for (const [label, open] of databases) {
    const db = await open();
    try {
      report(await roundTrip(db, label));
      report(await editorsFigures(db, label));
    } finally {
      await db.close();
    }
  }
}
