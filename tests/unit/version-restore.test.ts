// Restoring a version in the open card, comparing versions, and the automatic
// checkpoints, through the studio's own services (database in fake-indexeddb).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CardRepository } from '../../editor/persistence/card-repository';
import { CardSession } from '../../editor/persistence/card-session';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { takeBaseUpdate } from '../../editor/state/commands/region-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { CHECKPOINT_EVERY_MS, VersionService } from '../../editor/versions/version-service';
import { diffCards } from '../../schema/diff';
import { minimalCard } from './helpers';

const dbs: StudioDb[] = [];
let dbCount = 0;
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

async function openCard(now: () => number = Date.now) {
  const db = openStudioDb(`restore-${dbCount++}`);
  dbs.push(db);
  const repo = new CardRepository(db);
  const store = new DocumentStore();
  const session = new CardSession(store, repo, 10);
  const versions = new VersionService(db, store, session, now);
  const rowId = await repo.createCard(minimalCard());
  await session.open(rowId);
  await versions.settled();
  return { repo, store, session, versions, rowId };
}

const stepText = (store: DocumentStore) =>
  store.getState()!.card.flow.nodes.find((n) => n.id === 'stap')!.text;

describe('VersionService', () => {
  it('checkpoints a card when it is opened, and names versions after the author', async () => {
    const { versions, store, rowId } = await openCard();
    await versions.setAuthor('  An Peeters ');
    store.execute(updateNode, { id: 'stap', changes: { text: 'Eerste tekst' } });
    const named = await versions.saveNamed('Na overleg');
    const list = await versions.history.list(rowId);
    expect(list.map((v) => v.reason)).toEqual(['named', 'opened']);
    expect(named).toMatchObject({ author: 'An Peeters', message: 'Na overleg' });
  });

  it('restores a version as one undoable step, after a checkpoint, losing nothing', async () => {
    const { versions, store, repo, rowId } = await openCard();
    store.execute(updateNode, { id: 'stap', changes: { text: 'Versie A' } });
    const a = await versions.saveNamed('A');
    store.execute(updateNode, { id: 'stap', changes: { text: 'Versie B' } });
    const restored = await versions.restore(a!.id, {
      nl: 'Versie A hersteld',
      en: 'Version A restored',
    });

    expect(stepText(store)).toBe('Versie A');
    expect(restored).toMatchObject({ reason: 'restored', restoredFrom: a!.id, hash: a!.hash });
    const list = await versions.history.list(rowId);
    expect(list.map((v) => v.reason)).toEqual(['restored', 'before-restore', 'named', 'opened']);
    // The state before the restore is kept as a version of its own.
    expect((await versions.history.cardOf(list[1]!)).flow.nodes[3]!.text).toBe('Versie B');
    // Saved to the database...
    const stored = await repo.loadCard(rowId);
    expect(stored?.result.ok && stored.result.card.flow.nodes[3]!.text).toBe('Versie A');
    // ...and one undo step in the open card.
    expect(store.getState()!.past.at(-1)!.label.nl).toBe('Versie A hersteld');
    store.undo();
    expect(stepText(store)).toBe('Versie B');
  });

  it('compares two versions in Dutch sentences', async () => {
    const { versions, store, rowId } = await openCard();
    store.execute(updateNode, { id: 'stap', changes: { text: 'Nieuwe tekst' } });
    await versions.saveNamed('Herschreven');
    const [newer, older] = await versions.history.list(rowId);
    const changes = diffCards(
      await versions.history.cardOf(older!),
      await versions.history.cardOf(newer!),
    );
    expect(changes.map((c) => c.message.nl).join('\n')).toContain('„Nieuwe tekst”');
  });

  it('checkpoints after CHECKPOINT_EVERY_MS of editing', async () => {
    let clock = 1_000_000;
    const { versions, store, rowId } = await openCard(() => clock);
    store.execute(updateNode, { id: 'stap', changes: { text: 'een' } });
    clock += CHECKPOINT_EVERY_MS - 1;
    store.execute(updateNode, { id: 'stap', changes: { text: 'twee' } });
    await versions.settled();
    expect(await versions.history.list(rowId)).toHaveLength(1);
    clock += 2;
    store.execute(updateNode, { id: 'stap', changes: { text: 'drie' } });
    await versions.settled();
    expect((await versions.history.list(rowId)).map((v) => v.reason)).toEqual([
      'interval',
      'opened',
    ]);
  });

  it('keeps the card from before a base update as a checkpoint', async () => {
    const { versions, store, rowId } = await openCard();
    store.execute(updateNode, { id: 'stap', changes: { text: 'Eigen tekst van de regio' } });
    const before = store.getState()!.card;
    const flow = structuredClone(before.flow);
    flow.nodes.find((n) => n.id === 'stap')!.text = 'Uit de nieuwe basiskaart';
    store.execute(takeBaseUpdate, { merged: { flow, roles: before.roles } });
    await versions.settled();
    const [latest] = await versions.history.list(rowId);
    expect(latest).toMatchObject({ reason: 'before-base-update' });
    expect(await versions.history.cardOf(latest!)).toEqual(before);
  });

  it('publishes the open card and marks the version it was', async () => {
    const { versions, rowId } = await openCard();
    const outcome = await versions.publish({ version: '2026.1', notes: 'Eerste' });
    expect(outcome?.ok).toBe(true);
    expect((await versions.history.latest(rowId))?.releaseVersion).toBe('2026.1');
  });
});
