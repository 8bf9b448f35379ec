// A save made elsewhere (a colleague's, through the shared server) while this
// tab has unsaved edits: with a merge hook the two are merged and saved; without
// one, or when they clash, the two-tab conflict stands.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeCards } from '../../schema/merge';
import type { Card } from '../../schema/types';
import { CardRepository } from '../../editor/persistence/card-repository';
import { CardSession } from '../../editor/persistence/card-session';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { minimalCard } from './helpers';

const dbs: StudioDb[] = [];
let count = 0;
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** A tab whose saves wait a long time, so its edits stay unsaved while the row changes. */
async function tabWithUnsavedEdit(merge: boolean) {
  const db = openStudioDb(`merge-db-${count++}`);
  dbs.push(db);
  const repo = new CardRepository(db);
  const store = new DocumentStore();
  const session = new CardSession(store, repo, 60_000);
  if (merge)
    session.mergeExternal = (_rowId, ancestor, mine, theirs) => {
      const merged = mergeCards(ancestor, mine, theirs);
      return merged.ok ? merged.card : null;
    };
  const rowId = await repo.createCard(minimalCard());
  await session.open(rowId);
  store.execute(updateNode, { id: 'stap', changes: { text: 'Hier gewijzigd' } });
  return { repo, store, session, rowId };
}

const text = (card: Card | undefined, id: string) =>
  card?.flow.nodes.find((n) => n.id === id)?.text;

/** Another writer saves the row (the sync engine, or another tab). */
async function savedElsewhere(repo: CardRepository, rowId: string, change: (c: Card) => void) {
  const loaded = await repo.getStored(rowId);
  const card = structuredClone(loaded!.card) as Card;
  change(card);
  await repo.saveCard(rowId, card, loaded!.revision);
}

const waitFor = async (check: () => boolean) => {
  const end = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('CardSession.mergeExternal', () => {
  it('merges a save of other parts into unsaved edits, and saves the result', async () => {
    const { repo, store, session, rowId } = await tabWithUnsavedEdit(true);
    await savedElsewhere(
      repo,
      rowId,
      (c) => (c.flow.nodes.find((n) => n.id === 'tip')!.text = 'Elders'),
    );
    await waitFor(() => text(store.getState()?.card, 'tip') === 'Elders');
    expect(text(store.getState()?.card, 'stap')).toBe('Hier gewijzigd');
    expect(session.status.get().kind).toBe('pending');
    await session.flush();
    const row = await repo.loadCard(rowId);
    expect(row?.result.ok && [text(row.result.card, 'stap'), text(row.result.card, 'tip')]).toEqual(
      ['Hier gewijzigd', 'Elders'],
    );
  });

  it('keeps the conflict when both changed the same thing', async () => {
    const { repo, store, session, rowId } = await tabWithUnsavedEdit(true);
    await savedElsewhere(
      repo,
      rowId,
      (c) => (c.flow.nodes.find((n) => n.id === 'stap')!.text = 'Elders'),
    );
    await waitFor(() => session.status.get().kind === 'conflict');
    expect(text(store.getState()?.card, 'stap')).toBe('Hier gewijzigd');
  });

  it('without the hook (a local card), any save elsewhere is the two-tab conflict, as before', async () => {
    const { repo, store, session, rowId } = await tabWithUnsavedEdit(false);
    await savedElsewhere(
      repo,
      rowId,
      (c) => (c.flow.nodes.find((n) => n.id === 'tip')!.text = 'Elders'),
    );
    await waitFor(() => session.status.get().kind === 'conflict');
    expect(text(store.getState()?.card, 'tip')).not.toBe('Elders');
  });
});
