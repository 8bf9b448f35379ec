// What the database does with cards that break or go: a refused row is listed
// as such, repair keeps the refused content on the row, a card deleted for good
// leaves nothing behind, and no card the load path refuses is ever written.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CardRepository } from '../../editor/persistence/card-repository';
import { CardSession } from '../../editor/persistence/card-session';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { VersionService } from '../../editor/versions/version-service';
import { planRepair } from '../../schema/repair/repair-card';
import { minimalCard } from './helpers';

const dbs: StudioDb[] = [];
let dbCount = 0;
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

async function studio() {
  const db = openStudioDb(`lifecycle-${dbCount++}`);
  dbs.push(db);
  const repo = new CardRepository(db);
  const store = new DocumentStore();
  const session = new CardSession(store, repo, 10);
  const versions = new VersionService(db, store, session);
  const rowId = await repo.createCard(minimalCard());
  await session.open(rowId);
  await versions.settled();
  return { db, repo, store, session, versions, rowId };
}

describe('cards that do not load', () => {
  it('are listed as broken, and a repair keeps the refused content on the row', async () => {
    const { db, repo, rowId } = await studio();
    const refused = { ...minimalCard(), title: '' };
    await db.cards.update(rowId, { title: '', revision: 7 });
    await db.cardBodies.put({ rowId, card: refused });
    expect((await repo.listCards())[0]).toMatchObject({ rowId, broken: true });
    const plan = planRepair(refused, { title: 'Kleinste geldige kaart' });
    expect(await repo.replaceRefused(rowId, plan.card!, 6)).toMatchObject({ reason: 'conflict' });
    expect(await repo.replaceRefused(rowId, plan.card!, 7)).toEqual({ ok: true, revision: 8 });
    const row = (await repo.getStored(rowId))!;
    expect(row.replaced).toEqual([{ card: refused, revision: 7, at: expect.any(Number) }]);
    expect((await repo.listCards())[0]).toMatchObject({
      broken: false,
      title: 'Kleinste geldige kaart',
    });
  });

  it('a card the load path would refuse is never written', async () => {
    const { repo, rowId } = await studio();
    await expect(repo.createCard({ ...minimalCard(), title: '' })).rejects.toThrow(
      /would not load/,
    );
    expect(await repo.renameCard(rowId, 'x'.repeat(301))).toMatchObject([{ pointer: '/title' }]);
    expect((await repo.getRow(rowId))!.title).toBe('Kleinste geldige kaart');
  });

  it('a copy of a card with a title at the limit still loads', async () => {
    const { repo, db } = await studio();
    const rowId = await repo.createCard({ ...minimalCard(), title: 'T'.repeat(300) });
    const copy = await repo.duplicateCard(rowId, 'Kopie van');
    const row = (await db.cards.get(copy!))!;
    expect(row.title).toHaveLength(300);
    expect((await repo.loadCard(copy!))!.result.ok).toBe(true);
  });
});

describe('delete for good', () => {
  it('removes the card, its versions, snapshots and releases; other cards keep theirs', async () => {
    const { db, repo, store, session, versions, rowId } = await studio();
    store.execute(updateNode, { id: 'stap', changes: { text: 'Tweede versie' } });
    await session.flush();
    await versions.saveNamed('Tweede');
    const published = await versions.publish({ version: '2026.1', acceptWarnings: true });
    expect(published?.ok).toBe(true);
    const other = await repo.createCard(minimalCard());
    await versions.history.record(other, minimalCard(), { reason: 'opened' });
    const count = async (id: string) => ({
      versions: await db.versions
        .where('[rowId+createdAt]')
        .between([id, -Infinity], [id, Infinity])
        .count(),
      snapshots: await db.snapshots.where('rowId').equals(id).count(),
      releases: await db.releases
        .where('[rowId+publishedAt]')
        .between([id, ''], [id, '\uffff'])
        .count(),
    });
    expect(await count(rowId)).toMatchObject({ releases: 1 });
    session.close();
    await repo.moveToBin(rowId);
    await repo.deleteForever(rowId);
    expect(await repo.getRow(rowId)).toBeUndefined();
    expect(await count(rowId)).toEqual({ versions: 0, snapshots: 0, releases: 0 });
    expect(await count(other)).toEqual({ versions: 1, snapshots: 1, releases: 0 });
  });

  it('a release on its own still cannot be deleted or changed', async () => {
    const { db, versions } = await studio();
    const published = await versions.publish({ version: '2026.1', acceptWarnings: true });
    const id = published?.ok ? published.release.id : '';
    await expect(db.releases.delete(id)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.releases.update(id, { version: 'x' })).rejects.toThrow(/cannot be changed/);
  });
});
