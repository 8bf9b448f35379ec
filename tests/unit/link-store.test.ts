// The server cards' links in IndexedDB: a card list read before a live event
// must not take back the revision that event announced.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStudioDb, type StudioDb } from '../../editor/persistence/db';
import type { CardSummary, Workspace } from '../../editor/sync/api-types';
import { LinkStore } from '../../editor/sync/link-store';

const dbs: StudioDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const workspace: Workspace = { id: 'ws-1', slug: 'regio', name: 'Regio', role: 'redacteur' };
const summary = (revision: number): CardSummary => ({
  id: 'k-1',
  cardId: 'kaart',
  title: 'Kindreflex steekkaart',
  subtitle: '',
  revision,
  hash: 'h',
  createdAt: '2026-11-30T12:00:00Z',
  updatedAt: '2026-11-30T12:00:00Z',
  updatedBy: null,
  deletedAt: null,
});

describe('LinkStore.takeList', () => {
  it('keeps a newer revision a live event announced, and takes a newer one from the list', async () => {
    const db = openStudioDb(`links-${dbs.length}`);
    dbs.push(db);
    const links = new LinkStore(db);
    await links.takeList('acc', workspace, [summary(3)]);
    // A colleague's save (revision 5) is heard while a list read at revision 4 is on its way.
    await links.update('k-1', { serverRevision: 5 });
    await links.takeList('acc', workspace, [summary(4)]);
    expect((await links.get('k-1'))?.serverRevision).toBe(5);
    await links.takeList('acc', workspace, [summary(7)]);
    expect((await links.get('k-1'))?.serverRevision).toBe(7);
  });
});
