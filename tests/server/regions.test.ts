// Regions that follow their base, the scenario on the server: a
// region adapts a card it found in the catalogue, fills its own directory,
// gets it reviewed and published; when the base publishes a new release the
// region is told, takes the update (merged as the studio does) and publishes
// its own new release, while its first release stays as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeBaseUpdate } from '../../schema/merge';
import type { Card } from '../../schema/types';
import { setMember } from '../../server/workspaces/store';
import { REGION_PARTNERS, REWORDED, newerBase } from '../unit/regional-scenario';
import { TestClient } from './helpers/client';
import { offerApprovePublish, type ReleaseReply } from './helpers/publishing';
import { SseReader } from './helpers/sse';
import { PASSWORD, addAccount, addWorkspace, sampleCard, world } from './helpers/world';

interface BaseStatus {
  cardRowId: string;
  base: { url: string | null; version: string | null; followed: boolean };
  latest: { version: string; url: string } | null;
  behind: boolean;
  notice: boolean;
  setAside: { version: string } | null;
  card?: Card;
}

let zov: Awaited<ReturnType<typeof world>>;
let nl: { base: string; redacteur: TestClient; lezer: TestClient; beheerder: TestClient };
let zovRow: string;
let zovFirst: ReleaseReply;

beforeAll(async () => {
  zov = await world();
  const { body } = await zov.clients.redacteur.post<{ id: string }>(`${zov.base}/cards`, {
    card: sampleCard(),
  });
  zovRow = body.id;
  zovFirst = (await offerApprovePublish(zov.clients, zov.base, zovRow)).body;
  // Noord-Limburg: a workspace of its own, with a coordinator and two colleagues.
  const workspace = await addWorkspace(zov.db);
  const member = async (role: 'beheerder' | 'redacteur' | 'lezer') => {
    const account = await addAccount(zov.db);
    await setMember(zov.db, workspace.id, account.id, role);
    return new TestClient(zov.app).signIn(account.email, PASSWORD);
  };
  nl = {
    base: `/api/workspaces/${workspace.slug}`,
    redacteur: await member('redacteur'),
    lezer: await member('lezer'),
    beheerder: await member('beheerder'),
  };
});

const json = async (client: TestClient, url: string) =>
  (await client.raw('GET', new URL(url).pathname).then((r) => r.json())) as Card;

describe('a region follows its base', () => {
  it('adapts a published card, publishes its own, and takes the base’s next release', async () => {
    const found = await nl.redacteur.get<{
      cards: { workspace: { slug: string }; address: string }[];
    }>('/api/catalogue?gemeente=Ronse');
    const entry = found.body.cards.find(
      (c) => c.address === zovFirst.address && c.workspace.slug === zov.workspace.slug,
    )!;
    const made = await nl.redacteur.post<{ id: string; card: Card; revision: number }>(
      `${nl.base}/regional-versions`,
      {
        base: { workspace: entry.workspace.slug, card: entry.address },
        region: { name: 'Noord-Limburg', municipalities: ['Bree', 'Peer', 'Hamont-Achel'] },
      },
    );
    expect(made.status).toBe(201);
    const regional = made.body.card;
    expect(regional.origin).toMatchObject({
      url: zovFirst.url,
      version: zovFirst.version,
      hash: zovFirst.hash,
    });
    expect(regional.directory.partners).toEqual([]);

    // The region fills its own directory (in the studio: by CSV), then offers it for review.
    const filled = structuredClone(regional);
    filled.directory.partners = structuredClone(REGION_PARTNERS);
    const url = `${nl.base}/cards/${made.body.id}`;
    await nl.redacteur.put(url, { baseRevision: 1, card: filled });
    const nlFirst = await offerApprovePublish(nl, nl.base, made.body.id);
    expect(nlFirst.status).toBe(201);
    const published = await json(nl.lezer, nlFirst.body.cardUrl);
    const numbers = JSON.stringify(published.directory);
    expect(numbers).toContain('050 34 57 57');
    expect(numbers).not.toContain('078 150 100'); // nothing of Zuid-Oost-Vlaanderen's directory

    let status = await nl.lezer.get<{ cards: BaseStatus[] }>(`${nl.base}/base-updates`);
    expect(status.body.cards.find((c) => c.cardRowId === made.body.id)).toMatchObject({
      behind: false,
      notice: false,
      base: { followed: true, version: zovFirst.version },
    });

    // Zuid-Oost-Vlaanderen rewords a step and publishes again; the region's stream hears it.
    const stream = new SseReader(await nl.lezer.raw('GET', `${nl.base}/events`));
    const zovNext = newerBase(sampleCard());
    await zov.clients.redacteur.put(`${zov.base}/cards/${zovRow}`, {
      baseRevision: 1,
      card: zovNext,
    });
    const zovSecond = (await offerApprovePublish(zov.clients, zov.base, zovRow)).body;
    try {
      const heard = await stream.next('base-released');
      expect(heard.data).toMatchObject({
        cardRowId: made.body.id,
        release: { version: zovSecond.version },
      });
      expect(heard.data.by).toBeUndefined();
    } finally {
      await stream.close();
    }
    status = await nl.lezer.get<{ cards: BaseStatus[] }>(`${nl.base}/base-updates`);
    expect(status.body.cards.find((c) => c.cardRowId === made.body.id)).toMatchObject({
      behind: true,
      notice: true,
      latest: { version: zovSecond.version },
    });

    // The studio's base-update dialog, fed from the server: merge, save, publish.
    const update = await nl.redacteur.get<BaseStatus>(`${url}/base-update`);
    expect(update.body.card?.release?.version).toBe(zovSecond.version);
    const current = await nl.redacteur.get<{ card: Card; revision: number }>(url);
    const merged = await mergeBaseUpdate(current.body.card, update.body.card!);
    expect(merged.conflicts).toEqual([]);
    expect(merged.card.origin?.url).toBe(zovFirst.url);
    await nl.redacteur.put(url, { baseRevision: current.body.revision, card: merged.card });
    const taken = await nl.lezer.get<BaseStatus>(`${url}/base-update`);
    expect(taken.body).toMatchObject({ behind: false, notice: false });
    const nlSecond = await offerApprovePublish(nl, nl.base, made.body.id);
    expect(nlSecond.body.version).not.toBe(nlFirst.body.version);

    const latest = await json(nl.lezer, nlSecond.body.cardUrl);
    expect(latest.flow.nodes.some((n) => n.text === REWORDED)).toBe(true);
    expect(JSON.stringify(latest.directory)).toContain('050 34 57 57');
    const old = await json(nl.lezer, nlFirst.body.versionCardUrl);
    expect(old.flow.nodes.some((n) => n.text === REWORDED)).toBe(false);
    expect(old.release?.hash).toBe(nlFirst.body.hash);
  });

  it('keeps the notice until the update is taken or set aside for that version', async () => {
    const made = await nl.redacteur.post<{ id: string }>(`${nl.base}/regional-versions`, {
      base: { workspace: zov.workspace.slug, card: zovFirst.address, version: zovFirst.version },
      region: { name: 'Maasland' },
    });
    expect(made.status).toBe(201);
    const url = `${nl.base}/cards/${made.body.id}/base-update`;
    const before = await nl.lezer.get<BaseStatus>(url);
    expect(before.body.notice).toBe(true); // made from the first release, the base is further
    const latest = before.body.latest!.version;
    expect((await nl.lezer.put(`${url}/set-aside`, { version: latest })).status).toBe(403);
    const aside = await nl.redacteur.put<BaseStatus>(`${url}/set-aside`, { version: latest });
    expect(aside.body).toMatchObject({
      behind: true,
      notice: false,
      setAside: { version: latest },
    });
    expect((await nl.redacteur.put(`${url}/set-aside`, { version: '1999.1' })).status).toBe(400);
    expect((await nl.redacteur.delete(`${url}/set-aside`)).status).toBe(204);
    expect((await nl.lezer.get<BaseStatus>(url)).body.notice).toBe(true);
  });

  it('says 404 no-base for a card that follows no base here, and not-found for an unknown base', async () => {
    const own = await nl.redacteur.post<{ id: string }>(`${nl.base}/cards`, { card: sampleCard() });
    const reply = await nl.lezer.get<{ error: { code: string } }>(
      `${nl.base}/cards/${own.body.id}/base-update`,
    );
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('no-base');
    const unknown = await nl.redacteur.post(`${nl.base}/regional-versions`, {
      base: { workspace: zov.workspace.slug, card: 'bestaat-niet' },
      region: { name: 'X' },
    });
    expect(unknown.status).toBe(404);
    const bad = await nl.redacteur.post(`${nl.base}/regional-versions`, {
      base: { workspace: zov.workspace.slug, card: zovFirst.address },
      region: { name: 'X', municipalities: 'Bree' },
    });
    expect(bad.status).toBe(400);
  });
});
