// The version history's storage: small as history grows, exact on reading back.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import { applyJsonPatch, diffJson } from '../../editor/versions/json-patch';
import { KEYFRAME_EVERY } from '../../editor/versions/snapshot-store';
import { VersionHistory } from '../../editor/versions/version-history';
import { contentHash } from '../../schema/hash';
import type { Card } from '../../schema/types';
import { sampleText } from './helpers';

const dbs: StudioDb[] = [];
let dbCount = 0;
function history(): VersionHistory {
  const db = openStudioDb(`versions-${dbCount++}`);
  dbs.push(db);
  return new VersionHistory(db);
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const sample = (): Card => JSON.parse(sampleText()) as Card;

/** The i-th small edit a person might make: reword a step, move a box, change a number. */
function smallEdit(card: Card, i: number): Card {
  const next = structuredClone(card);
  const nodes = next.flow.nodes;
  const node = nodes[i % nodes.length]!;
  switch (i % 3) {
    case 0:
      node.text = `${node.text ?? ''} (${i})`.slice(-400);
      break;
    case 1:
      node.position = { x: node.position.x + 8, y: node.position.y };
      break;
    default: {
      const partner = next.directory.partners[i % next.directory.partners.length]!;
      partner.phones = [{ number: `09 ${String(200 + (i % 700)).padStart(3, '0')} 00 00` }];
    }
  }
  return next;
}

describe('JSON patch between versions', () => {
  it('turns one card into the other, with one operation for one added node', () => {
    const a = sample();
    const b = structuredClone(a);
    b.flow.nodes.splice(3, 0, {
      id: 'nieuw',
      kind: 'step',
      text: 'Nieuw',
      position: { x: 1, y: 2 },
    });
    b.title = 'Andere titel';
    delete b.subtitle;
    const ops = diffJson(a, b);
    expect(ops).toHaveLength(3);
    expect(applyJsonPatch(a, ops)).toEqual(b);
    expect(applyJsonPatch(b, diffJson(b, a))).toEqual(a);
  });
});

describe('VersionHistory', () => {
  it('stores 500 small edits, each saved as a version, in under 2 kB per version', async () => {
    const h = history();
    let card = sample();
    const cards: Card[] = [];
    for (let i = 0; i < 500; i++) {
      card = smallEdit(card, i);
      cards.push(card);
      await h.record('c-1', card, {
        reason: 'named',
        author: 'An Peeters',
        message: `Wijziging ${i + 1}`,
      });
    }
    const bytes = await h.storedBytes('c-1');
    const perVersion = bytes / 500;
    console.log(
      `version history: ${bytes} bytes for 500 versions of a ${sampleText().length}-byte card, ${perVersion.toFixed(0)} bytes per version`,
    );
    expect(perVersion).toBeLessThan(2048);

    // Every version reads back exactly, newest first, with its content hash.
    const versions = await h.list('c-1');
    expect(versions).toHaveLength(500);
    for (const [i, version] of versions.entries()) {
      const expected = cards[499 - i]!;
      expect(await h.cardOf(version)).toEqual(expected);
      if (i % 97 === 0) expect(version.hash).toBe(await contentHash(expected));
    }
  });

  it('reads an old version back applying fewer than KEYFRAME_EVERY patches', async () => {
    const h = history();
    let card = sample();
    for (let i = 0; i < KEYFRAME_EVERY * 2 + 5; i++) {
      card = smallEdit(card, i);
      await h.record('c-1', card, { reason: 'named' });
    }
    const snapshots = await dbs.at(-1)!.snapshots.toArray();
    expect(Math.max(...snapshots.map((s) => s.depth))).toBe(KEYFRAME_EVERY - 1);
    expect(snapshots.filter((s) => s.card)).toHaveLength(3);
  });

  it('stores a content once, and skips a checkpoint of what is already the latest version', async () => {
    const h = history();
    const card = sample();
    expect(await h.record('c-1', card, { reason: 'opened' })).toBeDefined();
    expect(await h.record('c-1', card, { reason: 'opened' })).toBeUndefined();
    const named = await h.record('c-1', card, { reason: 'named', message: 'Eerste versie' });
    expect(named?.message).toBe('Eerste versie');
    expect(await dbs.at(-1)!.snapshots.count()).toBe(1);
    expect((await h.list('c-1')).map((v) => v.reason)).toEqual(['named', 'opened']);
  });

  it("keeps each card's history apart", async () => {
    const h = history();
    await h.record('c-1', sample(), { reason: 'opened' });
    await h.record('c-2', smallEdit(sample(), 0), { reason: 'opened' });
    expect(await h.list('c-1')).toHaveLength(1);
    expect(await h.list('c-2')).toHaveLength(1);
  });
});
