// Cards in a workspace: create, read, save with a revision, conflicts that
// carry the current card, every save kept, the bin, and the load path.
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../schema/hash';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { minimalCard, repoFile, sampleCard, world } from './helpers/world';

interface CardReply {
  id: string;
  revision: number;
  hash: string;
  card: Card;
  updatedBy: { id: string; name: string } | null;
  problems?: unknown[];
}

describe('cards on the server', () => {
  it('creates a card from a local one and reads it back with its revision and hash', async () => {
    const { clients, base } = await world();
    const card = sampleCard();
    const created = await clients.redacteur.post<CardReply>(`${base}/cards`, { card });
    expect(created.status).toBe(201);
    expect(created.body.revision).toBe(1);
    expect(created.body.hash).toBe(await contentHash(card));
    const read = await clients.lezer.get<CardReply>(`${base}/cards/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(await contentHash(read.body.card)).toBe(created.body.hash);
    expect(read.body.updatedBy?.name).toBe('Redacteur Test');
    const list = await clients.lezer.get<{ cards: CardReply[] }>(`${base}/cards`);
    expect(list.body.cards.map((c) => c.id)).toEqual([created.body.id]);
  });

  it('saves on the revision it started from and refuses a stale one with the current card', async () => {
    const { clients, base } = await world();
    const { body: created } = await clients.redacteur.post<CardReply>(`${base}/cards`, {
      card: minimalCard(),
    });
    const url = `${base}/cards/${created.id}`;
    const mine = { ...created.card, title: 'Eerste wijziging' };
    const saved = await clients.redacteur.put<CardReply>(url, { baseRevision: 1, card: mine });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(2);

    // A colleague who also started from revision 1 is not allowed to overwrite it.
    const stale = await clients.beheerder.put<{ error: { code: string; current: CardReply } }>(
      url,
      {
        baseRevision: 1,
        card: { ...created.card, subtitle: 'Andere wijziging' },
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.current.revision).toBe(2);
    expect(stale.body.error.current.card.title).toBe('Eerste wijziging');
    const current = await clients.lezer.get<CardReply>(url);
    expect(current.body.card.title).toBe('Eerste wijziging');
    expect(current.body.card.subtitle).toBeUndefined();
  });

  it('keeps every accepted save as a revision', async () => {
    const { clients, base } = await world();
    const { body: created } = await clients.redacteur.post<CardReply>(`${base}/cards`, {
      card: minimalCard(),
    });
    const url = `${base}/cards/${created.id}`;
    for (let i = 1; i <= 3; i++)
      await clients.redacteur.put(url, {
        baseRevision: i,
        card: { ...created.card, title: `Titel ${i}` },
      });
    const { body } = await clients.lezer.get<{
      revisions: { revision: number; author: { name: string } }[];
    }>(`${url}/revisions`);
    expect(body.revisions.map((r) => r.revision)).toEqual([4, 3, 2, 1]);
    expect(body.revisions[0]!.author.name).toBe('Redacteur Test');
    const second = await clients.lezer.get<CardReply>(`${url}/revisions/2`);
    expect(second.body.card.title).toBe('Titel 1');
  });

  it('records named versions and checkpoints with the author’s account name', async () => {
    const { clients, base } = await world();
    const { body: created } = await clients.redacteur.post<CardReply>(`${base}/cards`, {
      card: minimalCard(),
    });
    const url = `${base}/cards/${created.id}`;
    await clients.redacteur.put(url, {
      baseRevision: 1,
      card: { ...created.card, title: 'Versie twee' },
    });
    const named = await clients.redacteur.post<{
      id: string;
      authorName: string;
      revision: number;
    }>(`${url}/versions`, { reason: 'named', message: 'Na overleg met het VK', revision: 1 });
    expect(named.status).toBe(201);
    expect(named.body.authorName).toBe('Redacteur Test');
    expect(named.body.revision).toBe(1);
    await clients.beheerder.post(`${url}/versions`, { reason: 'interval' });
    const list = await clients.lezer.get<{ versions: { reason: string; authorName: string }[] }>(
      `${url}/versions`,
    );
    expect(list.body.versions.map((v) => [v.reason, v.authorName])).toEqual([
      ['interval', 'Beheerder Test'],
      ['named', 'Redacteur Test'],
    ]);
    const one = await clients.lezer.get<CardReply>(`${url}/versions/${named.body.id}`);
    expect(one.body.card.title).toBe(minimalCard().title);
    const bad = await clients.redacteur.post(`${url}/versions`, { reason: 'zomaar' });
    expect(bad.status).toBe(400);
    const missing = await clients.redacteur.post(`${url}/versions`, { revision: 99 });
    expect(missing.status).toBe(404);
  });

  it('moves a card to the bin and back; a save on a card in the bin is refused', async () => {
    const { clients, base } = await world();
    const { body: created } = await clients.redacteur.post<CardReply>(`${base}/cards`, {
      card: minimalCard(),
    });
    const url = `${base}/cards/${created.id}`;
    expect((await clients.redacteur.delete(url)).status).toBe(204);
    expect(
      (await clients.lezer.get<{ cards: unknown[] }>(`${base}/cards`)).body.cards,
    ).toHaveLength(0);
    const bin = await clients.lezer.get<{ cards: CardReply[] }>(`${base}/bin`);
    expect(bin.body.cards.map((c) => c.id)).toEqual([created.id]);
    const save = await clients.redacteur.put(url, { baseRevision: 1, card: created.card });
    expect(save.status).toBe(410);
    const restored = await clients.redacteur.post<CardReply>(`${url}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.revision).toBe(1);
    expect((await clients.redacteur.post(`${url}/restore`)).status).toBe(409);
    expect((await clients.redacteur.put(url, { baseRevision: 1, card: created.card })).status).toBe(
      200,
    );
  });

  it('refuses a second card with the same id in one workspace', async () => {
    const { clients, base } = await world();
    expect((await clients.redacteur.post(`${base}/cards`, { card: minimalCard() })).status).toBe(
      201,
    );
    const again = await clients.redacteur.post<{ error: { code: string } }>(`${base}/cards`, {
      card: minimalCard(),
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('card-id-taken');
  });
});

describe('one load path for cards the server receives', () => {
  const refused = [
    'missing-title.json',
    'javascript-link.json',
    'duplicate-node-id.json',
    'edge-to-missing-node.json',
    'newer-version.json',
    'no-version.json',
    'not-an-object.json',
  ];
  it.each(refused)(
    'refuses %s with the problems npm run validate gives, and stores nothing',
    async (file) => {
      const { clients, base } = await world();
      const text = repoFile(`tests/fixtures/broken/${file}`);
      const expected = loadCard(text);
      expect(expected.ok).toBe(false);
      const reply = await clients.redacteur.json<{
        error: { code: string; problems: unknown[]; message: { nl: string } };
      }>('POST', `${base}/cards`, JSON.parse(`{"card":${text}}`));
      expect(reply.status).toBe(422);
      expect(reply.body.error.code).toBe('invalid-card');
      expect(reply.body.error.message.nl).toMatch(/geweigerd/);
      expect(reply.body.error.problems).toEqual(expected.problems);
      expect(
        (await clients.lezer.get<{ cards: unknown[] }>(`${base}/cards`)).body.cards,
      ).toHaveLength(0);
    },
  );

  it('refuses an invalid save and keeps the card as it was', async () => {
    const { clients, base } = await world();
    const { body: created } = await clients.redacteur.post<CardReply>(`${base}/cards`, {
      card: minimalCard(),
    });
    const url = `${base}/cards/${created.id}`;
    const broken = { ...created.card, title: '' };
    const reply = await clients.redacteur.put<{ error: { problems: { pointer: string }[] } }>(url, {
      baseRevision: 1,
      card: broken,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error.problems[0]!.pointer).toBe('/title');
    const after = await clients.lezer.get<CardReply>(url);
    expect(after.body.revision).toBe(1);
    expect(after.body.hash).toBe(created.hash);
  });

  it('accepts a card with flow problems while it is being drawn, and reports them', async () => {
    const { clients, base } = await world();
    const text = repoFile('tests/fixtures/broken/dead-end.json');
    const expected = loadCard(text);
    expect(expected.ok).toBe(true);
    const reply = await clients.redacteur.post<CardReply>(`${base}/cards`, {
      card: JSON.parse(text),
    });
    expect(reply.status).toBe(201);
    expect(reply.body.problems).toEqual(expected.ok ? expected.problems : []);
  });

  it('refuses a card with a null character that the database cannot hold', async () => {
    const { clients, base } = await world();
    // In a text: the load path refuses control characters, with where.
    const inTitle = await clients.redacteur.post<{
      error: { code: string; problems: { pointer: string }[] };
    }>(`${base}/cards`, { card: { ...minimalCard(), title: 'nul\u0000teken' } });
    expect(inTitle.status).toBe(422);
    expect(inTitle.body.error.code).toBe('invalid-card');
    expect(inTitle.body.error.problems[0]!.pointer).toBe('/title');
    // In a field the load path keeps but does not know: PostgreSQL still cannot store it.
    const inUnknown = await clients.redacteur.post<{ error: { code: string } }>(`${base}/cards`, {
      card: { ...minimalCard(), notitie: 'nul\u0000teken' },
    });
    expect(inUnknown.status).toBe(422);
    expect(inUnknown.body.error.code).toBe('unsupported-character');
  });
});
