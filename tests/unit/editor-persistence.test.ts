import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CardRepository } from '../../editor/persistence/card-repository';
import { CardSession } from '../../editor/persistence/card-session';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { minimalCard } from './helpers';

const DELAY = 20;
const dbs: StudioDb[] = [];
let dbCount = 0;

function tab(name: string) {
  const db = openStudioDb(name);
  dbs.push(db);
  const repo = new CardRepository(db);
  const store = new DocumentStore();
  const session = new CardSession(store, repo, DELAY);
  return { db, repo, store, session };
}

/** Two tabs (two sessions on one database) with the same card open. */
async function twoTabsOnOneCard() {
  const name = `db-${dbCount++}`;
  const a = tab(name);
  const rowId = await a.repo.createCard(minimalCard());
  await a.session.open(rowId);
  const b = tab(name);
  await b.session.open(rowId);
  return { a, b, rowId };
}

const waitFor = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
});

describe('CardSession and CardRepository', () => {
  it('saves an edit within the delay and reopens it exactly', async () => {
    const name = `db-${dbCount++}`;
    const a = tab(name);
    const rowId = await a.repo.createCard(minimalCard());
    await a.session.open(rowId);
    a.store.execute(updateNode, { id: 'stap', changes: { text: 'Bewaarde tekst' } });
    expect(a.session.status.get().kind).toBe('pending');
    await waitFor(() => a.session.status.get().kind === 'saved');
    const b = tab(name);
    await b.session.open(rowId);
    expect(b.store.getState()!.card).toEqual(a.store.getState()!.card);
    expect(await b.repo.lastOpened()).toBe(rowId);
  });

  it('a tab with nothing unsaved follows a save made in another tab', async () => {
    const { a, b } = await twoTabsOnOneCard();
    a.store.execute(updateNode, { id: 'stap', changes: { text: 'Van tabblad A' } });
    await waitFor(() => b.store.getState()!.card.flow.nodes[3]!.text === 'Van tabblad A');
    expect(b.session.status.get().kind).toBe('followed');
    expect(b.store.getState()!.past).toHaveLength(0);
  });

  it('two tabs that both changed the card never overwrite each other silently', async () => {
    const { a, b, rowId } = await twoTabsOnOneCard();
    a.store.execute(updateNode, { id: 'stap', changes: { text: 'A' } });
    await a.session.flush();
    b.store.execute(updateNode, { id: 'stap', changes: { text: 'B' } });
    await waitFor(() => b.session.status.get().kind === 'conflict');
    await b.session.flush();
    expect((await a.repo.loadCard(rowId))!.result).toMatchObject({ ok: true });
    const stored = await a.repo.loadCard(rowId);
    expect(stored!.result.ok && stored!.result.card.flow.nodes[3]!.text).toBe('A');
    await b.session.resolveConflict('mine');
    const after = await a.repo.loadCard(rowId);
    expect(after!.result.ok && after!.result.card.flow.nodes[3]!.text).toBe('B');
  });

  it("after a conflict, taking the other version replaces this tab's card", async () => {
    const { a, b } = await twoTabsOnOneCard();
    b.store.execute(updateNode, { id: 'stap', changes: { text: 'B, niet bewaard' } });
    a.store.execute(updateNode, { id: 'stap', changes: { text: 'A' } });
    await a.session.flush();
    await waitFor(() => b.session.status.get().kind === 'conflict');
    await b.session.resolveConflict('theirs');
    expect(b.store.getState()!.card.flow.nodes[3]!.text).toBe('A');
  });

  it('a damaged row is refused by the load path and left in place', async () => {
    const a = tab(`db-${dbCount++}`);
    const rowId = await a.repo.createCard(minimalCard());
    await a.db.cards.update(rowId, { card: { schemaVersion: 1, title: 42 } });
    const outcome = await a.session.open(rowId);
    expect(outcome.ok).toBe(false);
    expect(await a.repo.getRow(rowId)).toBeDefined();
  });

  it('the bin keeps deleted cards until they are deleted for good', async () => {
    const a = tab(`db-${dbCount++}`);
    const rowId = await a.repo.createCard(minimalCard());
    const copy = await a.repo.duplicateCard(rowId, 'Kopie van');
    expect((await a.repo.listCards()).map((c) => c.title)).toContain(
      'Kopie van Kleinste geldige kaart',
    );
    await a.repo.moveToBin(rowId);
    expect((await a.repo.listCards()).map((c) => c.rowId)).toEqual([copy]);
    expect((await a.repo.listBin()).map((c) => c.rowId)).toEqual([rowId]);
    await a.repo.restoreFromBin(rowId);
    expect(await a.repo.listCards()).toHaveLength(2);
    await a.repo.deleteForever(rowId);
    expect(await a.repo.getRow(rowId)).toBeUndefined();
  });
});

describe('a conflict stays until the user chooses', () => {
  it('a save that was scheduled before the conflict does not hide it', async () => {
    const { a, b } = await twoTabsOnOneCard();
    const seen: string[] = [];
    b.session.status.subscribe(() => seen.push(b.session.status.get().kind));
    b.store.execute(updateNode, { id: 'stap', changes: { text: 'B' } });
    a.store.execute(updateNode, { id: 'stap', changes: { text: 'A' } });
    await a.session.flush();
    await waitFor(() => b.session.status.get().kind === 'conflict');
    await new Promise((r) => setTimeout(r, DELAY * 5));
    expect(b.session.status.get().kind).toBe('conflict');
    expect(seen.slice(seen.indexOf('conflict'))).toEqual(['conflict']);
  });
});
