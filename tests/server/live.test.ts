// Live updates: a colleague's save reaches an open card within 2 seconds, and
// the card says who else has it open.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../schema/types';
import { SseReader } from './helpers/sse';
import { minimalCard, world } from './helpers/world';

describe('live updates and presence', () => {
  it('sends a colleague’s save to everyone who has the card or the workspace open, within 2 s', async () => {
    const { clients, base, accounts } = await world();
    const { body: created } = await clients.redacteur.post<{ id: string; card: Card }>(
      `${base}/cards`,
      {
        card: minimalCard(),
      },
    );
    const cardStream = new SseReader(
      await clients.lezer.raw('GET', `${base}/cards/${created.id}/events`),
    );
    const workspaceStream = new SseReader(await clients.beheerder.raw('GET', `${base}/events`));
    const hello = await cardStream.next('presence');
    expect(hello.data.revision).toBe(1);
    const started = Date.now();
    await clients.redacteur.put(`${base}/cards/${created.id}`, {
      baseRevision: 1,
      card: { ...created.card, title: 'Van een collega' },
    });
    const saved = await cardStream.next('card-saved');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(saved.data).toMatchObject({
      cardRowId: created.id,
      revision: 2,
      by: { id: accounts.redacteur.id },
    });
    const listed = await workspaceStream.next('card-saved');
    expect(listed.data.revision).toBe(2);
    await cardStream.close();
    await workspaceStream.close();
  });

  it('tells who has a card open, and when they leave', async () => {
    const { clients, base, accounts } = await world();
    const { body: created } = await clients.redacteur.post<{ id: string }>(`${base}/cards`, {
      card: minimalCard(),
    });
    const url = `${base}/cards/${created.id}`;
    const lezer = new SseReader(await clients.lezer.raw('GET', `${url}/events`));
    await lezer.next('presence');
    const redacteur = new SseReader(await clients.redacteur.raw('GET', `${url}/events`));
    const both = await lezer.next('presence');
    const names = (event: { data: Record<string, unknown> }) =>
      (event.data.present as { id: string }[]).map((p) => p.id).sort();
    expect(names(both)).toEqual([accounts.lezer.id, accounts.redacteur.id].sort());
    const listed = await clients.beheerder.get<{ present: { name: string }[] }>(`${url}/presence`);
    expect(listed.body.present.map((p) => p.name).sort()).toEqual(['Lezer Test', 'Redacteur Test']);
    await redacteur.close();
    const left = await lezer.next('presence');
    expect(names(left)).toEqual([accounts.lezer.id]);
    await lezer.close();
  });

  it('does not send one workspace’s changes to another', async () => {
    const first = await world();
    const second = await world({ hub: first.deps.hub }); // one server, two workspaces
    const stream = new SseReader(await second.clients.lezer.raw('GET', `${second.base}/events`));
    await first.clients.redacteur.post(`${first.base}/cards`, { card: minimalCard() });
    await second.clients.redacteur.post(`${second.base}/cards`, {
      card: { ...minimalCard(), id: 'andere' },
    });
    const created = await stream.next('card-created');
    expect(created.data.workspaceId).toBe(second.workspace.id);
    await stream.close();
  });
});
