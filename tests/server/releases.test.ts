// Releases on the server: made from an approved version with the studio's
// publish checks, numbered YEAR.N, listing what changed, never changed or
// deleted (the database refuses, even to raw SQL), and checked against their
// hash whenever one is served.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentHash } from '../../schema/hash';
import type { Card } from '../../schema/types';
import { sqlState } from '../../server/db/database';
import { offerApprovePublish, type ReleaseReply } from './helpers/publishing';
import { minimalCard, sampleCard, world } from './helpers/world';

const YEAR = new Date().getUTCFullYear();

async function published(card: Card = sampleCard()) {
  const w = await world();
  const { body } = await w.clients.redacteur.post<{ id: string; card: Card }>(`${w.base}/cards`, {
    card,
  });
  const first = await offerApprovePublish(w.clients, w.base, body.id, { notes: 'Eerste versie' });
  return { w, rowId: body.id, url: `${w.base}/cards/${body.id}`, first, card: body.card };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('releases', () => {
  it('numbers releases YEAR.N, lists what changed and keeps every one', async () => {
    const { w, url, rowId, first, card } = await published();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ version: `${YEAR}.1`, changes: [] });
    expect(first.body.acceptedWarnings.length).toBeGreaterThan(0); // contacts not checked lately
    expect(first.body.hash).toBe(await contentHash(card));
    expect(first.body.url).toMatch(
      /^http:\/\/localhost\/k\/ws-[^/]+\/kindreflex-zuid-oost-vlaanderen\/$/,
    );

    const reworded = structuredClone(card);
    reworded.flow.nodes.find((n) => n.kind === 'step')!.text = 'Een herwoorde stap.';
    await w.clients.redacteur.put(url, { baseRevision: 1, card: reworded });
    const second = await offerApprovePublish(w.clients, w.base, rowId);
    expect(second.body.version).toBe(`${YEAR}.2`);
    expect(second.body.changes.join(' ')).toMatch(/herwoorde stap/);

    const list = await w.clients.lezer.get<{ releases: ReleaseReply[] }>(`${url}/releases`);
    expect(list.body.releases.map((r) => r.version)).toEqual([`${YEAR}.2`, `${YEAR}.1`]);
    const old = await w.clients.lezer.get<ReleaseReply & { card: Card }>(
      `${url}/releases/${YEAR}.1`,
    );
    expect(old.body.card.release?.notes).toBe('Eerste versie');
    expect(old.body.card.flow.nodes.some((n) => n.text === 'Een herwoorde stap.')).toBe(false);
    // The studio's history shows the publication as a version.
    const versions = await w.clients.lezer.get<{
      versions: { reason: string; releaseVersion: string }[];
    }>(`${url}/versions`);
    expect(
      versions.body.versions.filter((v) => v.reason === 'published').map((v) => v.releaseVersion),
    ).toEqual([`${YEAR}.2`, `${YEAR}.1`]);
  });

  it('refuses errors, asks to accept warnings, and refuses a used number or unchanged content', async () => {
    const w = await world();
    await w.clients.beheerder.put(`${w.base}/settings`, { reviewRequired: false });
    const broken = minimalCard();
    broken.flow.edges = broken.flow.edges.slice(0, -1); // the end can no longer be reached
    const { body: bad } = await w.clients.redacteur.post<{ id: string }>(`${w.base}/cards`, {
      card: broken,
    });
    const refused = await w.clients.beheerder.post<ReleaseReply>(
      `${w.base}/cards/${bad.id}/releases`,
      { acceptWarnings: true },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error?.code).toBe('publish-errors');
    expect(refused.body.error?.problems?.length).toBeGreaterThan(0);

    const { body: ok } = await w.clients.redacteur.post<{ id: string }>(`${w.base}/cards`, {
      card: sampleCard(),
    });
    const url = `${w.base}/cards/${ok.id}/releases`;
    const warned = await w.clients.beheerder.post<ReleaseReply>(url, {});
    expect(warned.status).toBe(409);
    expect(warned.body.error?.code).toBe('warnings-not-accepted');
    expect(warned.body.error?.problems?.[0]?.code).toBe('stale-contact');
    const named = await w.clients.beheerder.post<ReleaseReply>(url, {
      acceptWarnings: true,
      releaseVersion: '2026.7',
    });
    expect(named.body.version).toBe('2026.7');
    expect(
      (await w.clients.beheerder.post<ReleaseReply>(url, { acceptWarnings: true })).body.error
        ?.code,
    ).toBe('release-unchanged');
    const card = sampleCard();
    card.title = 'Anders';
    await w.clients.redacteur.put(`${w.base}/cards/${ok.id}`, { baseRevision: 1, card });
    const reused = await w.clients.beheerder.post<ReleaseReply>(url, {
      acceptWarnings: true,
      releaseVersion: '2026.7',
    });
    expect(reused.body.error?.code).toBe('release-version-taken');
    const unsafe = await w.clients.beheerder.post(url, {
      acceptWarnings: true,
      releaseVersion: '../x',
    });
    expect(unsafe.status).toBe(400);
  });

  it('cannot be changed, deleted or truncated, not even with SQL', async () => {
    const { w, rowId } = await published(minimalCard());
    const attempts = [
      `UPDATE releases SET version = 'vervalst' WHERE card_row_id = '${rowId}'`,
      `UPDATE releases SET content = '{}'::json WHERE card_row_id = '${rowId}'`,
      `DELETE FROM releases WHERE card_row_id = '${rowId}'`,
      'TRUNCATE releases',
      'TRUNCATE releases CASCADE',
    ];
    for (const sql of attempts) {
      const error = await w.db.exec(sql).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, sql).not.toBeNull();
      expect(sqlState(error), sql).toBe('KR001');
      expect(String((error as Error).message)).toMatch(/Een publicatie verandert nooit/);
    }
    const rows = await w.db.query<{ version: string }>(
      'SELECT version FROM releases WHERE card_row_id = $1',
      [rowId],
    );
    expect(rows.map((r) => r.version)).toEqual([`${YEAR}.1`]);
  });

  it('refuses to serve a release whose content does not match its hash, and logs it', async () => {
    const { w, rowId, first } = await published(minimalCard());
    // A forged newer release: inserting is allowed, but its content is not what its hash says.
    const [row] = await w.db.query<{ text: string; address: string; workspace_id: string }>(
      'SELECT content::text AS text, address, workspace_id FROM releases WHERE card_row_id = $1',
      [rowId],
    );
    const forged = JSON.parse(row!.text) as Card;
    forged.title = 'Vervalst';
    forged.release!.version = '2999.1';
    await w.db.query(
      `INSERT INTO releases (id, workspace_id, card_row_id, address, version, content, hash, title,
         published_at, published_by_name)
       VALUES ('r-vervalst-' || $1, $2, $1, $3, '2999.1', $4::json, $5, 'Vervalst', now() + interval '1 day', 'x')`,
      [rowId, row!.workspace_id, row!.address, JSON.stringify(forged), first.body.hash],
    );
    try {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const latest = await w.anonymous.raw('GET', new URL(first.body.cardUrl).pathname);
      expect(latest.status).toBe(500);
      expect(((await latest.json()) as { error: { code: string } }).error.code).toBe(
        'release-damaged',
      );
      expect(String(logged.mock.calls[0]?.[0])).toMatch(/Publicatie beschadigd.*2999\.1/);
      const page = await w.anonymous.raw('GET', new URL(first.body.url).pathname);
      expect(page.status).toBe(500);
      expect(await page.text()).toMatch(/Publicatie beschadigd/);
      const api = await w.clients.lezer.get(`${w.base}/cards/${rowId}/releases/2999.1`);
      expect(api.status).toBe(500);
      // The genuine release is still served at its own address.
      const pinned = await w.anonymous.raw('GET', new URL(first.body.versionCardUrl).pathname);
      expect(pinned.status).toBe(200);
    } finally {
      // The forgery must not outlive the test (a backup would rightly refuse it): only the
      // table's owner, lifting the trigger on purpose, can remove a release row.
      await w.db.transaction((tx) =>
        tx.exec(
          `ALTER TABLE releases DISABLE TRIGGER releases_immutable;
           DELETE FROM releases WHERE id = 'r-vervalst-${rowId}';
           ALTER TABLE releases ENABLE TRIGGER releases_immutable;`,
        ),
      );
    }
  });
});
