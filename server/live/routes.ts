// Live updates as server-sent events: one stream per workspace (the card
// list) and one per card (the open card, which also counts as "has it open"
// for presence). A save reaches every stream of its workspace as soon as it
// commits; a comment line every 20 s keeps proxies from closing an idle
// stream, and the session is checked again each time.
import { Hono, type Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { AppEnv } from '../app-env';
import { getCard } from '../cards/store';
import { ApiError } from '../http/errors';
import { newId } from '../ids';
import { requireRole } from '../rights';
import type { LiveEvent } from './hub';

export const HEARTBEAT_MS = 20_000;

async function sessionStillValid(c: Context<AppEnv>): Promise<boolean> {
  const rows = await c.var.deps.db.query(
    'SELECT 1 FROM sessions WHERE id = $1 AND expires_at > now()',
    [c.var.sessionId ?? ''],
  );
  return rows.length > 0;
}

/** Forwards hub events to the stream, in order, until the client goes away. */
async function pump(
  c: Context<AppEnv>,
  stream: SSEStreamingApi,
  cardRowId: string | null,
  first: LiveEvent[],
  onClose: () => void = () => undefined,
): Promise<void> {
  const queue: LiveEvent[] = [...first];
  let wake: (() => void) | null = null;
  const unsubscribe = c.var.deps.hub.subscribe(c.var.workspace.id, cardRowId, (event) => {
    queue.push(event);
    wake?.();
  });
  // An object, not a `let`: the abort handler changes it while the loop awaits.
  const connection = { open: true };
  const close = () => {
    if (!connection.open) return;
    connection.open = false;
    unsubscribe();
    onClose();
    wake?.();
  };
  stream.onAbort(close);
  try {
    while (connection.open) {
      for (let event = queue.shift(); event; event = queue.shift())
        await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
      const beat = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), HEARTBEAT_MS);
        wake = () => {
          clearTimeout(timer);
          resolve(false);
        };
        if (queue.length > 0 || !connection.open) wake();
      });
      wake = null;
      if (beat && connection.open) {
        if (!(await sessionStillValid(c))) {
          await stream.writeSSE({ event: 'signed-out', data: '{}' });
          break;
        }
        await stream.write(': bewaar de verbinding\n\n');
      }
    }
  } finally {
    close();
  }
}

export const liveRoutes = new Hono<AppEnv>();

liveRoutes.get('/events', requireRole('lezer'), (c) =>
  streamSSE(c, (stream) => pump(c, stream, null, [])),
);

liveRoutes.get('/cards/:id/events', requireRole('lezer'), async (c) => {
  const { db, hub } = c.var.deps;
  const workspace = c.var.workspace;
  const account = c.var.account!;
  const card = await getCard(db, workspace.id, c.req.param('id'));
  if (!card) throw new ApiError(404, 'not-found');
  return streamSSE(c, async (stream) => {
    const leave = hub.join(workspace.id, card.id, newId('p'), {
      id: account.id,
      name: account.name,
    });
    // The first event tells a reconnecting studio which revision is current.
    const hello: LiveEvent = {
      type: 'presence',
      workspaceId: workspace.id,
      cardRowId: card.id,
      revision: card.revision,
      hash: card.hash,
      present: hub.present(card.id),
      at: new Date().toISOString(),
    };
    await pump(c, stream, card.id, [hello], leave);
  });
});

liveRoutes.get('/cards/:id/presence', requireRole('lezer'), async (c) => {
  const card = await getCard(c.var.deps.db, c.var.workspace.id, c.req.param('id'));
  if (!card) throw new ApiError(404, 'not-found');
  return c.json({ present: c.var.deps.hub.present(card.id) });
});
