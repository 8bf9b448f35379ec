// Releases: version numbers, the changes since the previous release, refusal
// of cards with errors, and immutability in the studio's database.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import { ReleaseStore } from '../../editor/versions/release-store';
import { contentHash } from '../../schema/hash';
import { loadCardValue } from '../../schema/load/load-card';
import { createRelease, nextReleaseVersion, releaseFileBase } from '../../schema/release';
import type { Card } from '../../schema/types';
import { minimalCard, NOW, sampleText } from './helpers';

const dbs: StudioDb[] = [];
let dbCount = 0;
function releases(): { db: StudioDb; store: ReleaseStore } {
  const db = openStudioDb(`releases-${dbCount++}`);
  dbs.push(db);
  return { db, store: new ReleaseStore(db) };
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const sample = (): Card => JSON.parse(sampleText()) as Card;

describe('release version numbers', () => {
  it('suggests YEAR.N, counting within the year', () => {
    const at = new Date('2026-03-01T00:00:00Z');
    expect(nextReleaseVersion([], at)).toBe('2026.1');
    expect(nextReleaseVersion(['2026.1', '2026.2', 'proef'], at)).toBe('2026.3');
    expect(nextReleaseVersion(['2025.7'], at)).toBe('2026.1');
  });
});

describe('createRelease', () => {
  it('adds a release block that validates, with the content hash, and leaves the card as it was', async () => {
    const card = minimalCard();
    const released = await createRelease(card, { version: '2026.1', notes: ' Eerste ', now: NOW });
    expect(card.release).toBeUndefined();
    expect(released.release).toEqual({
      version: '2026.1',
      publishedAt: NOW.toISOString(),
      notes: 'Eerste',
      hash: await contentHash(card),
      changes: [],
    });
    expect(loadCardValue(released).ok).toBe(true);
    expect(await contentHash(released)).toBe(released.release!.hash);
  });

  it('lists the changes since the previous release in Dutch, layout counted in one sentence', async () => {
    const before = sample();
    const after = structuredClone(before);
    const step = after.flow.nodes.find((n) => n.kind === 'step')!;
    step.text = 'Herschreven stap';
    after.flow.nodes[0]!.position.x += 40;
    after.flow.nodes[1]!.position.x += 40;
    const released = await createRelease(after, { version: '2026.2', previous: before });
    const changes = released.release!.changes!;
    expect(changes.some((c) => c.includes('herschreven') && c.includes('„Herschreven stap”'))).toBe(
      true,
    );
    expect(changes.at(-1)).toBe('2 knopen verplaatst.');
  });

  it('names release files after the card and the version', () => {
    expect(releaseFileBase(sample(), '2026.1')).toBe(
      'kindreflex-steekkaart-zuid-oost-vlaanderen-2026.1',
    );
  });
});

describe('ReleaseStore', () => {
  it('refuses a card with errors and lists them', async () => {
    const { store, db } = releases();
    const card = minimalCard();
    card.flow.edges = [];
    const outcome = await store.publish('c-1', card, { version: '2026.1', now: NOW });
    expect(outcome).toMatchObject({ ok: false, reason: 'errors' });
    if (!outcome.ok && outcome.reason === 'errors')
      expect(outcome.check.errors.map((p) => p.code)).toContain('dead-end');
    expect(await db.releases.count()).toBe(0);
  });

  it('publishes with warnings only once they are accepted', async () => {
    const { store } = releases();
    const card = sample();
    const refused = await store.publish('c-1', card, { version: '2026.1', now: NOW });
    expect(refused).toMatchObject({ ok: false, reason: 'warnings' });
    const done = await store.publish('c-1', card, {
      version: '2026.1',
      now: NOW,
      acceptWarnings: true,
      author: 'An',
    });
    expect(done.ok).toBe(true);
    if (done.ok) expect(done.release.acceptedWarnings.length).toBeGreaterThan(0);
  });

  it('never changes or deletes a release; a newer one supersedes it', async () => {
    const { store, db } = releases();
    const card = minimalCard();
    const first = await store.publish('c-1', card, { version: '2026.1', now: NOW });
    if (!first.ok) throw new Error('not published');
    // The store has no way to change or remove a release.
    expect('update' in store || 'delete' in store || 'remove' in store).toBe(false);
    // Nor does the database, whoever asks.
    await expect(db.releases.update(first.release.id, { version: '9' })).rejects.toThrow();
    await expect(db.releases.put({ ...first.release, version: '9' })).rejects.toThrow();
    await expect(db.releases.delete(first.release.id)).rejects.toThrow();
    await expect(db.releases.clear()).rejects.toThrow();
    expect((await store.get(first.release.id))?.version).toBe('2026.1');

    // The same version number again, or the same content again, is refused.
    const edited = structuredClone(card);
    edited.title = 'Nieuwe titel';
    expect(await store.publish('c-1', edited, { version: '2026.1' })).toMatchObject({
      ok: false,
      reason: 'version',
    });
    expect(await store.publish('c-1', card, { version: '2026.2' })).toMatchObject({
      ok: false,
      reason: 'unchanged',
    });
    expect(await store.suggestVersion('c-1', NOW)).toBe('2026.2');
    const second = await store.publish('c-1', edited, { version: '2026.2', now: NOW });
    if (!second.ok) throw new Error('not published');
    expect(second.release.card.release!.changes).toEqual([
      'Titel van de kaart gewijzigd van „Kleinste geldige kaart” naar „Nieuwe titel”',
    ]);
    expect((await store.list('c-1')).map((r) => r.version)).toEqual(['2026.2', '2026.1']);
  });
});
