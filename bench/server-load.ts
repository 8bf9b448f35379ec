// The simulated editors of bench/server-editors.ts, in a process of their own
// (as browsers are), so that the server's process does only the server's
// work. Reads its task as JSON on stdin, writes its result as JSON on stdout.
// Each editor changes its own node (its x position counts its accepted
// saves); on 409 it takes the current card from the answer, applies its
// change again (a three-way merge of disjoint changes) and retries.
import type { Card } from '../schema/types';

export interface LoadTask {
  cardsUrl: string;
  cardIds: string[];
  heads: Record<string, string>[];
  card: Card;
  seconds: number;
}

export interface LoadResult {
  accepted: number[];
  latencies: number[];
  saves: number;
  conflicts: number;
  conflictsWithoutCard: number;
  gaveUp: number;
  overwritten: number;
}

interface SaveReply {
  revision?: number;
  error?: { code: string; current?: { card: Card; revision: number } };
}

const MAX_TRIES = 30;

/** Which node an editor owns: the editors of one card own different nodes. */
export const nodeOf = (editor: number, cards: number) => Math.floor(editor / cards);

async function run(task: LoadTask): Promise<LoadResult> {
  const cards = task.cardIds.length;
  const editors = task.heads.length;
  const result: LoadResult = {
    accepted: Array.from({ length: editors }, () => 0),
    latencies: [],
    saves: 0,
    conflicts: 0,
    conflictsWithoutCard: 0,
    gaveUp: 0,
    overwritten: 0,
  };
  const originalX = (e: number) => task.card.flow.nodes[nodeOf(e, cards)]!.position.x;
  const withMyChange = (current: Card, e: number): Card => ({
    ...current,
    flow: {
      ...current.flow,
      nodes: current.flow.nodes.map((node, i) =>
        i === nodeOf(e, cards)
          ? { ...node, position: { ...node.position, x: originalX(e) + result.accepted[e]! + 1 } }
          : node,
      ),
    },
  });

  async function save(e: number, local: { card: Card; revision: number }) {
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const started = performance.now();
      const response = await fetch(`${task.cardsUrl}/${task.cardIds[e % cards]}`, {
        method: 'PUT',
        headers: task.heads[e]!,
        body: JSON.stringify({ baseRevision: local.revision, card: withMyChange(local.card, e) }),
      });
      const reply = (await response.json()) as SaveReply;
      result.latencies.push(performance.now() - started);
      if (response.status === 200) {
        if (reply.revision !== local.revision + 1) result.overwritten++;
        local.card = withMyChange(local.card, e);
        local.revision = reply.revision!;
        result.accepted[e]!++;
        result.saves++;
        return;
      }
      result.conflicts++;
      const current = reply.error?.current;
      if (response.status !== 409 || !current) {
        result.conflictsWithoutCard++;
        return;
      }
      local.card = current.card;
      local.revision = current.revision;
      // The first retry goes at once, as the studio's sync engine sends again after its merge:
      // the 409 brought the newest card, and waiting lets it age (with a back-off of up to
      // 500 ms from the first retry on, one save in ~3,000 lost 30 rounds in a row). Later
      // retries back off, doubling, at random: when the server is the bottleneck, retries at
      // once only add to its queue (all at once: 22 saves/s accepted instead of 50, on a
      // loaded machine).
      const backOff = tries === 0 ? 10 : Math.min(25 * 2 ** tries, 500);
      await new Promise((r) => setTimeout(r, Math.random() * backOff));
    }
    result.gaveUp++;
  }

  const until = performance.now() + task.seconds * 1000;
  await Promise.all(
    task.heads.map(async (_, e) => {
      const local = { card: { ...task.card, id: `kaart-${e % cards}` }, revision: 1 };
      await new Promise((r) => setTimeout(r, (e * 1000) / editors)); // spread over the second
      while (performance.now() < until) {
        const tick = performance.now();
        await save(e, local);
        await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
      }
    }),
  );
  return result;
}

if (process.argv[1]?.endsWith('server-load.ts')) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const task = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadTask;
  process.stdout.write(JSON.stringify(await run(task)));
}
