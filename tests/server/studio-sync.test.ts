// The studio on the shared server, local-first: the real sync engine and card
// session in a simulated browser (fake IndexedDB), against the real server app.
import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '../../schema/types';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { setMember } from '../../server/workspaces/store';
import { PASSWORD, addAccount, minimalCard, world } from './helpers/world';
import { Network, openServerCard, studioTab, until, type StudioTab } from './helpers/studio';

const tabs: StudioTab[] = [];
afterEach(() => {
  for (const tab of tabs.splice(0)) tab.close();
});

/** A workspace with a card, a colleague who saves through the API, and a signed-in studio. */
async function setUp(role: 'redacteur' | 'lezer' = 'redacteur') {
  const w = await world();
  const { body: created } = await w.clients.redacteur.post<{ id: string; card: Card }>(
    `${w.base}/cards`,
    { card: minimalCard() },
  );
  const me = await addAccount(w.db, { name: 'Studio Gebruiker' });
  await setMember(w.db, w.workspace.id, me.id, role);
  const net = new Network(w.app);
  const tab = studioTab(net);
  tabs.push(tab);
  await tab.sync.start();
  await tab.sync.signIn(me.email, PASSWORD);
  const cardUrl = `${w.base}/cards/${created.id}`;
  const serverCard = async () =>
    (await w.clients.redacteur.get<{ card: Card; revision: number }>(cardUrl)).body;
  /** The colleague's save, from the card as the server has it now. */
  const colleagueSaves = async (change: (card: Card) => void) => {
    const current = await serverCard();
    const card = structuredClone(current.card);
    change(card);
    const reply = await w.clients.redacteur.put(cardUrl, { baseRevision: current.revision, card });
    expect(reply.status).toBe(200);
  };
  return { ...w, created, me, net, tab, cardUrl, serverCard, colleagueSaves };
}

const text = (card: Card | undefined, id: string) =>
  card?.flow.nodes.find((n) => n.id === id)?.text;
const edit = (tab: StudioTab, id: string, value: string) =>
  tab.store.execute(updateNode, { id, changes: { text: value } });

describe('the studio on the shared server', () => {
  it('shows the workspace’s cards, saves an edit locally and sends it in the background', async () => {
    const { tab, created, serverCard } = await setUp();
    await until(() => tab.sync.cards.get().some((c) => c.serverId === created.id));
    const rowId = await openServerCard(tab, created.id);
    expect(tab.sync.openLink.get()?.serverId).toBe(created.id);
    edit(tab, 'stap', 'Door de studio');
    // Local first: the row has it within the save delay, whatever the server does.
    await until(
      async () =>
        text((await tab.repo.getStored(rowId))?.card as Card, 'stap') === 'Door de studio',
    );
    await until(async () => text((await serverCard()).card, 'stap') === 'Door de studio');
    expect((await serverCard()).revision).toBe(2);
    await until(() => tab.sync.pending.get().length === 0);
  });

  it('merges a colleague’s save into edits made offline, and sends the merge', async () => {
    const { tab, net, created, serverCard, colleagueSaves } = await setUp();
    await openServerCard(tab, created.id);
    net.offline = true;
    edit(tab, 'stap', 'Offline gewijzigd');
    await until(() => tab.sync.pending.get().length === 1);
    await colleagueSaves(
      (card) => (card.flow.nodes.find((n) => n.id === 'tip')!.text = 'Tip van een collega.'),
    );
    // The engine tried, failed, and waits.
    await until(() => !tab.sync.connection.online.get());
    net.offline = false;
    await tab.sync.connection.check();
    await until(async () => text((await serverCard()).card, 'stap') === 'Offline gewijzigd');
    const onServer = await serverCard();
    expect(text(onServer.card, 'tip')).toBe('Tip van een collega.');
    expect(onServer.revision).toBe(3);
    // The open document has both.
    await until(() => text(tab.store.getState()?.card, 'tip') === 'Tip van een collega.');
    expect(text(tab.store.getState()?.card, 'stap')).toBe('Offline gewijzigd');
  });

  it('keeps a true conflict for the user: nothing is overwritten until they choose', async () => {
    const { tab, net, created, serverCard, colleagueSaves } = await setUp();
    await openServerCard(tab, created.id);
    net.offline = true;
    edit(tab, 'stap', 'Mijn versie');
    await until(() => tab.sync.pending.get().length === 1);
    await colleagueSaves(
      (card) => (card.flow.nodes.find((n) => n.id === 'stap')!.text = 'Hun versie'),
    );
    net.offline = false;
    await tab.sync.refresh();
    await until(() => tab.sync.openLink.get()?.conflict !== null);
    expect(tab.sync.openLink.get()?.conflict?.by).toBe('Redacteur Test');
    expect(text((await serverCard()).card, 'stap')).toBe('Hun versie');
    expect(text(tab.store.getState()?.card, 'stap')).toBe('Mijn versie');
    // Edits go on locally meanwhile, and nothing is sent.
    edit(tab, 'tip', 'Nog een wijziging');
    await tab.session.flush();
    await tab.sync.refresh();
    expect(text((await serverCard()).card, 'stap')).toBe('Hun versie');
    await tab.sync.engine.resolve(created.id, 'mine');
    await until(async () => text((await serverCard()).card, 'stap') === 'Mijn versie');
    expect(text((await serverCard()).card, 'tip')).toBe('Nog een wijziging');
  });

  it('takes the server’s version when the user chooses it', async () => {
    const { tab, net, created, colleagueSaves, serverCard } = await setUp();
    await openServerCard(tab, created.id);
    net.offline = true;
    edit(tab, 'stap', 'Mijn versie');
    await tab.session.flush();
    await colleagueSaves(
      (card) => (card.flow.nodes.find((n) => n.id === 'stap')!.text = 'Hun versie'),
    );
    net.offline = false;
    await tab.sync.refresh();
    await until(() => tab.sync.openLink.get()?.conflict !== null);
    await tab.sync.engine.resolve(created.id, 'theirs');
    await until(() => text(tab.store.getState()?.card, 'stap') === 'Hun versie');
    await until(() => tab.sync.pending.get().length === 0 && !tab.sync.openLink.get()?.conflict);
    const onServer = await serverCard();
    expect([text(onServer.card, 'stap'), onServer.revision]).toEqual(['Hun versie', 2]);
  });

  it('sends edits made offline after a restart: the outbox is in IndexedDB', async () => {
    const { tab, net, created, serverCard } = await setUp();
    await openServerCard(tab, created.id);
    net.offline = true;
    edit(tab, 'stap', 'Voor de herstart');
    await tab.session.flush();
    tab.close();
    tabs.splice(tabs.indexOf(tab), 1);
    // The same browser (database and cookies) starts again, online.
    const again = studioTab(net, tab.dbName);
    tabs.push(again);
    net.offline = false;
    await again.sync.start();
    expect(again.sync.signedIn.get()).toBe(true);
    await until(async () => text((await serverCard()).card, 'stap') === 'Voor de herstart');
    expect((await serverCard()).revision).toBe(2);
  });

  it('copies a local card into a workspace; a card id already taken gets a new one', async () => {
    const { tab, workspace, clients, base } = await setUp();
    const me = tab.sync.account.get()!;
    const target = me.workspaces.find((w) => w.id === workspace.id)!;
    const { copyToWorkspace } = await import('../../editor/sync/sync-actions');
    const rowId = await tab.repo.createCard(minimalCard());
    const studio = {
      ...tab,
      sync: { client: () => Promise.resolve(tab.sync) },
      selection: { clear: () => undefined },
    } as unknown as Parameters<typeof copyToWorkspace>[0];
    await copyToWorkspace(studio, rowId, target);
    const list = await clients.lezer.get<{ cards: { cardId: string }[] }>(`${base}/cards`);
    const ids = list.body.cards.map((c) => c.cardId);
    // minimalCard's id was taken by the card setUp made: the copy got a new one.
    expect(ids.filter((id) => id === 'minimal')).toHaveLength(1);
    expect(ids.some((id) => id.startsWith('minimal-'))).toBe(true);
    expect(await tab.repo.getRow(rowId)).toBeDefined(); // the local card stays
    await until(() => tab.sync.cards.get().length === 2);
  });

  it('keeps a lezer’s card read-only in the studio', async () => {
    const { tab, created } = await setUp('lezer');
    await openServerCard(tab, created.id);
    await until(() => tab.sync.readOnly.get());
    expect(edit(tab, 'stap', 'Mag niet').applied).toBe(false);
    expect(tab.store.readOnly).toBe(true);
  });

  it('stores named versions on the server with the account’s name; compare and restore use them', async () => {
    const { tab, created, cardUrl, clients, serverCard } = await setUp();
    const rowId = await openServerCard(tab, created.id);
    edit(tab, 'stap', 'Versie één');
    const named = await tab.versions.saveNamed('Eerste ronde');
    expect(named?.author).toBe('Studio Gebruiker');
    const listed = await clients.lezer.get<{
      versions: { id: string; authorName: string; revision: number }[];
    }>(`${cardUrl}/versions`);
    const onServer = listed.body.versions.find((v) => v.id === named!.id);
    expect(onServer).toMatchObject({ authorName: 'Studio Gebruiker', revision: 2 });
    expect(text(await tab.versions.history.cardOf(named!), 'stap')).toBe('Versie één');
    edit(tab, 'stap', 'Versie twee');
    await tab.session.flush();
    await tab.versions.restore(named!.id, { nl: 'Hersteld', en: 'Restored' });
    await until(async () => text((await serverCard()).card, 'stap') === 'Versie één');
    const rows = await tab.versions.history.list(rowId);
    expect(rows.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['restored', 'before-restore', 'named']),
    );
  });

  it('signing out keeps unsent changes as a local card and drops the rest', async () => {
    const { tab, net, created } = await setUp();
    const rowId = await openServerCard(tab, created.id);
    net.offline = true;
    edit(tab, 'stap', 'Niet verstuurd');
    await tab.session.flush();
    expect(await tab.sync.signOut()).toBe(1);
    await until(() => tab.sync.cards.get().length === 0);
    const kept = await tab.repo.loadCard(rowId);
    expect(kept?.result.ok && text(kept.result.card, 'stap')).toBe('Niet verstuurd');
  });
});
