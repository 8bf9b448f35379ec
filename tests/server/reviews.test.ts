// Review before publishing: offered by a redacteur, approved or sent back by
// another member, only an approved version published, by a beheerder; each
// step in the audit log and on the live streams.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../schema/types';
import { SseReader } from './helpers/sse';
import type { ReleaseReply } from './helpers/publishing';
import { sampleCard, world } from './helpers/world';

interface ReviewReply {
  id: string;
  status: string;
  message: string;
  comment: string;
  versionId: string;
  revision: number;
  requestedByName: string;
  decidedBy: { name: string } | null;
  card?: Card;
  error?: { code: string };
}

async function cardIn(w: Awaited<ReturnType<typeof world>>) {
  const created = await w.clients.redacteur.post<{ id: string; card: Card }>(`${w.base}/cards`, {
    card: sampleCard(),
  });
  return {
    id: created.body.id,
    url: `${w.base}/cards/${created.body.id}`,
    card: created.body.card,
  };
}

describe('review before publishing', () => {
  it('is on by default: a version is offered, approved by a colleague, then published', async () => {
    const w = await world();
    const { clients } = w;
    expect((await clients.lezer.get<{ settings: unknown }>(w.base)).body.settings).toEqual({
      reviewRequired: true,
    });
    const { url } = await cardIn(w);
    const direct = await clients.beheerder.post<ReleaseReply>(`${url}/releases`, {
      acceptWarnings: true,
    });
    expect(direct.status).toBe(409);
    expect(direct.body.error?.code).toBe('review-not-approved');

    const offered = await clients.redacteur.post<ReviewReply>(`${url}/reviews`, {
      message: 'Nieuwe nummers van het CAW',
    });
    expect(offered.status).toBe(201);
    expect(offered.body).toMatchObject({ status: 'open', revision: 1 });
    expect(offered.body.requestedByName).toBe('Redacteur Test');
    // What the reviewer reads: the offered version's content.
    const read = await clients.lezer.get<ReviewReply>(`${url}/reviews/${offered.body.id}`);
    expect(read.body.card?.title).toBe(sampleCard().title);

    const own = await clients.redacteur.post<ReviewReply>(
      `${url}/reviews/${offered.body.id}/approve`,
      {},
    );
    expect(own.status).toBe(403);
    expect(own.body.error?.code).toBe('own-review');
    const early = await clients.beheerder.post<ReleaseReply>(`${url}/releases`, {
      review: offered.body.id,
      acceptWarnings: true,
    });
    expect(early.body.error?.code).toBe('review-not-approved');

    const approved = await clients.lezer.post<ReviewReply>(
      `${url}/reviews/${offered.body.id}/approve`,
      { comment: 'Nagekeken, klopt.' },
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', comment: 'Nagekeken, klopt.' });
    expect(approved.body.decidedBy?.name).toBe('Lezer Test');
    const twice = await clients.beheerder.post(`${url}/reviews/${offered.body.id}/return`, {
      comment: 'Toch niet',
    });
    expect(twice.status).toBe(409);

    // A redacteur may offer, not publish.
    const notBeheerder = await clients.redacteur.post(`${url}/releases`, {
      review: offered.body.id,
    });
    expect(notBeheerder.status).toBe(403);
    const published = await clients.beheerder.post<ReleaseReply>(`${url}/releases`, {
      review: offered.body.id,
      acceptWarnings: true,
    });
    expect(published.status).toBe(201);
    const after = await clients.lezer.get<{ reviews: ReviewReply[] }>(`${url}/reviews`);
    expect(after.body.reviews.map((r) => r.status)).toEqual(['published']);
    const again = await clients.beheerder.post<ReleaseReply>(`${url}/releases`, {
      review: offered.body.id,
      acceptWarnings: true,
    });
    expect(again.body.error?.code).toBe('review-not-approved');
  });

  it('sends a version back with a comment, which is then not publishable', async () => {
    const w = await world();
    const { url } = await cardIn(w);
    const { body: offered } = await w.clients.redacteur.post<ReviewReply>(`${url}/reviews`, {
      message: 'Graag nalezen',
    });
    const bare = await w.clients.beheerder.post(`${url}/reviews/${offered.id}/return`, {});
    expect(bare.status).toBe(400);
    const returned = await w.clients.beheerder.post<ReviewReply>(
      `${url}/reviews/${offered.id}/return`,
      { comment: 'Stap 3 van scenario 2 is onduidelijk.' },
    );
    expect(returned.body).toMatchObject({
      status: 'returned',
      comment: 'Stap 3 van scenario 2 is onduidelijk.',
    });
    const publish = await w.clients.beheerder.post<ReleaseReply>(`${url}/releases`, {
      review: offered.id,
      acceptWarnings: true,
    });
    expect(publish.body.error?.code).toBe('review-not-approved');
  });

  it('supersedes an open offer with a newer one; the offerer or a beheerder withdraws', async () => {
    const w = await world();
    const { url } = await cardIn(w);
    const first = await w.clients.redacteur.post<ReviewReply>(`${url}/reviews`, { message: 'A' });
    const second = await w.clients.redacteur.post<ReviewReply>(`${url}/reviews`, { message: 'B' });
    const pending = await w.clients.lezer.get<{ reviews: ReviewReply[] }>(`${w.base}/reviews`);
    expect(pending.body.reviews.map((r) => r.id)).toEqual([second.body.id]);
    const all = await w.clients.lezer.get<{ reviews: ReviewReply[] }>(`${url}/reviews`);
    expect(all.body.reviews.map((r) => [r.message, r.status])).toEqual([
      ['B', 'open'],
      ['A', 'superseded'],
    ]);
    expect((await w.clients.lezer.post(`${url}/reviews/${first.body.id}/approve`, {})).status).toBe(
      409,
    );
    const withdrawn = await w.clients.redacteur.post<ReviewReply>(
      `${url}/reviews/${second.body.id}/withdraw`,
      {},
    );
    expect(withdrawn.body.status).toBe('withdrawn');
  });

  it('publishes directly when the workspace switches review off', async () => {
    const w = await world();
    const { url } = await cardIn(w);
    const off = await w.clients.beheerder.put<{ settings: unknown }>(`${w.base}/settings`, {
      reviewRequired: false,
    });
    expect(off.body.settings).toEqual({ reviewRequired: false });
    expect(
      (await w.clients.redacteur.put(`${w.base}/settings`, { reviewRequired: true })).status,
    ).toBe(403);
    const published = await w.clients.beheerder.post<ReleaseReply>(`${url}/releases`, {
      acceptWarnings: true,
    });
    expect(published.status).toBe(201);
  });

  it('records every step in the audit log and on the live streams', async () => {
    const w = await world();
    const { url, id } = await cardIn(w);
    const events = await w.clients.lezer.raw('GET', `${w.base}/events`);
    const stream = new SseReader(events);
    try {
      const { body: offered } = await w.clients.redacteur.post<ReviewReply>(`${url}/reviews`, {
        message: 'Klaar',
      });
      const requested = await stream.next('review-requested');
      expect(requested.data).toMatchObject({ cardRowId: id, review: { id: offered.id } });
      await w.clients.beheerder.post(`${url}/reviews/${offered.id}/approve`, {});
      expect((await stream.next('review-approved')).data.review).toMatchObject({
        status: 'approved',
      });
      await w.clients.beheerder.post(`${url}/releases`, {
        review: offered.id,
        acceptWarnings: true,
      });
      const released = await stream.next('release-published');
      expect(released.data.release).toMatchObject({ version: `${new Date().getUTCFullYear()}.1` });
    } finally {
      await stream.close();
    }
    const { body } = await w.clients.beheerder.get<{ entries: { action: string }[] }>(
      `${w.base}/audit`,
    );
    const actions = body.entries.map((e) => e.action);
    for (const action of ['review-requested', 'review-approved', 'release-published'])
      expect(actions).toContain(action);
  });
});
