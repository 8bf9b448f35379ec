// Issue 13 in the studio, without a browser: the real CardPublishing of a
// signed-in studio tab against the real server app. A redacteur offers the
// card as it is (unsent edits go first), a colleague approves, a beheerder
// publishes the approved version at its stable addresses; a regional card
// hears that its base moved on, takes the update and is no longer behind.
import { afterEach, describe, expect, it } from 'vitest';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { takeBaseUpdate } from '../../editor/state/commands/region-commands';
import { ApiError } from '../../editor/sync/api-client';
import { pendingReview } from '../../editor/sync/card-publishing';
import { serverCard } from '../../editor/sync/sync-engine';
import { mergeBaseUpdate } from '../../schema/merge';
import type { Card } from '../../schema/types';
import { setMember } from '../../server/workspaces/store';
import { offerApprovePublish } from './helpers/publishing';
import { Network, openServerCard, studioTab, until, type StudioTab } from './helpers/studio';
import { PASSWORD, addAccount, addWorkspace, minimalCard, world } from './helpers/world';

const tabs: StudioTab[] = [];
afterEach(() => {
  for (const tab of tabs.splice(0)) tab.close();
});

type World = Awaited<ReturnType<typeof world>>;

async function tabFor(w: World, email: string): Promise<StudioTab> {
  const tab = studioTab(new Network(w.app));
  tabs.push(tab);
  await tab.sync.start();
  await tab.sync.signIn(email, PASSWORD);
  return tab;
}

async function cardIn(w: World, card: Card = minimalCard()): Promise<string> {
  const { body } = await w.clients.redacteur.post<{ id: string }>(`${w.base}/cards`, { card });
  return body.id;
}

const edit = (tab: StudioTab, text: string) =>
  tab.store.execute(updateNode, { id: 'stap', changes: { text } });

describe('review and publishing from the studio', () => {
  it('offers the card as it is now, a colleague approves, a beheerder publishes it', async () => {
    const w = await world();
    const serverId = await cardIn(w);
    const ann = await tabFor(w, w.accounts.redacteur.email);
    await openServerCard(ann, serverId);
    await until(() => ann.sync.publishing.open.get()?.serverId === serverId);
    expect(ann.sync.publishing.open.get()?.reviewRequired).toBe(true);

    // Offered right after an edit: the edit is sent first and is what gets offered.
    edit(ann, 'Zoals nagelezen');
    const offered = await ann.sync.publishing.offer('  Graag nalezen  ');
    expect(offered.message).toBe('Graag nalezen');
    const version = await ann.sync.api.version(w.workspace.slug, serverId, offered.versionId);
    expect(JSON.stringify(version.card)).toContain('Zoals nagelezen');
    expect(pendingReview(ann.sync.publishing.open.get()!.reviews)?.status).toBe('open');

    // The offerer cannot approve their own offer.
    const own = ann.sync.publishing.decide(offered.id, 'approve');
    await expect(own).rejects.toMatchObject({ code: 'own-review' });

    const lezer = await tabFor(w, w.accounts.lezer.email);
    await openServerCard(lezer, serverId);
    await until(() => lezer.sync.publishing.open.get() !== null);
    const approved = await lezer.sync.publishing.decide(offered.id, 'approve', 'In orde');
    expect(approved).toMatchObject({ status: 'approved', comment: 'In orde' });

    const beheer = await tabFor(w, w.accounts.beheerder.email);
    await openServerCard(beheer, serverId);
    await until(
      () => pendingReview(beheer.sync.publishing.open.get()?.reviews ?? []) !== undefined,
    );
    const release = await beheer.sync.publishing.publish({
      review: offered.id,
      releaseVersion: '2026.1',
      notes: 'Eerste versie',
      acceptWarnings: true,
    });
    expect(release.version).toBe('2026.1');
    expect(release.url).toMatch(new RegExp(`/k/${w.workspace.slug}/[^/]+/$`));
    expect(release.versionUrl).toBe(`${release.url}2026.1/`);
    expect(release.cardUrl).toBe(`${release.url}card.json`);
    const open = beheer.sync.publishing.open.get()!;
    expect(open.releases.map((r) => r.version)).toEqual(['2026.1']);
    expect(open.reviews[0]?.status).toBe('published');
    const published = await beheer.sync.publishing.releaseCard('2026.1');
    expect(published.flow.nodes.find((n) => n.id === 'stap')?.text).toBe('Zoals nagelezen');
    expect(published.release?.notes).toBe('Eerste versie');
  });

  it('sends an offer back with a comment; a comment is required', async () => {
    const w = await world();
    const serverId = await cardIn(w);
    const ann = await tabFor(w, w.accounts.redacteur.email);
    await openServerCard(ann, serverId);
    const offered = await ann.sync.publishing.offer('Nalezen aub');
    const lezer = await tabFor(w, w.accounts.lezer.email);
    await openServerCard(lezer, serverId);
    await until(() => lezer.sync.publishing.open.get() !== null);
    const empty = lezer.sync.publishing.decide(offered.id, 'return', '  ');
    await expect(empty).rejects.toBeInstanceOf(ApiError);
    const back = await lezer.sync.publishing.decide(offered.id, 'return', 'Stap 2 is onduidelijk');
    expect(back).toMatchObject({ status: 'returned', comment: 'Stap 2 is onduidelijk' });
    await ann.sync.publishing.refresh();
    expect(pendingReview(ann.sync.publishing.open.get()!.reviews)).toBeUndefined();
  });

  it('publishes the card as it is when the workspace switched review off', async () => {
    const w = await world();
    const serverId = await cardIn(w);
    const beheer = await tabFor(w, w.accounts.beheerder.email);
    await openServerCard(beheer, serverId);
    await until(() => beheer.sync.publishing.open.get() !== null);
    await beheer.sync.publishing.setReviewRequired(false);
    expect(beheer.sync.publishing.open.get()?.reviewRequired).toBe(false);
    edit(beheer, 'Meteen gepubliceerd');
    const release = await beheer.sync.publishing.publish({
      releaseVersion: '2026.1',
      acceptWarnings: true,
    });
    const card = await beheer.sync.publishing.releaseCard(release.version);
    expect(card.flow.nodes.find((n) => n.id === 'stap')?.text).toBe('Meteen gepubliceerd');
  });
});

describe('the open card’s review state offline', () => {
  it('is fetched again on the next round once the server answers', async () => {
    const w = await world();
    const serverId = await cardIn(w);
    const tab = await tabFor(w, w.accounts.redacteur.email);
    await until(async () => (await tab.sync.links.get(serverId)) !== undefined);
    await tab.sync.engine.syncNow(serverId);
    tab.net.offline = true;
    await tab.session.open((await tab.sync.links.get(serverId))!.rowId);
    await until(() => tab.sync.openLink.get()?.serverId === serverId);
    expect(tab.sync.publishing.open.get()).toBeNull();
    tab.net.offline = false;
    await tab.sync.refresh();
    await until(() => tab.sync.publishing.open.get()?.serverId === serverId);
    expect(tab.sync.publishing.open.get()?.reviewRequired).toBe(true);
  });
});

describe('a regional card in the studio follows its base', () => {
  it('shows that the base moved on, takes the update from the server, and is no longer behind', async () => {
    const w = await world();
    const baseRow = await cardIn(w);
    const first = await offerApprovePublish(w.clients, w.base, baseRow, {
      releaseVersion: '2026.1',
    });
    // Noord-Limburg: another workspace, a coordinator who is redacteur there.
    const nl = await addWorkspace(w.db);
    const coordinator = await addAccount(w.db, { name: 'Coördinator Noord-Limburg' });
    await setMember(w.db, nl.id, coordinator.id, 'redacteur');
    const tab = await tabFor(w, coordinator.email);
    const made = await tab.sync.publishing.api.makeRegional(nl.slug, {
      base: { workspace: w.workspace.slug, card: first.body.address },
      region: { name: 'Noord-Limburg', municipalities: ['Bree', 'Peer'] },
    });
    expect(made.base.version).toBe('2026.1');
    await tab.sync.refresh();
    expect(tab.sync.publishing.baseOf(made.id)).toMatchObject({ behind: false, notice: false });

    // The base publishes 2026.2 with a reworded step.
    const stored = await w.clients.redacteur.get<{ card: Card; revision: number }>(
      `${w.base}/cards/${baseRow}`,
    );
    const next = structuredClone(stored.body.card);
    next.flow.nodes.find((n) => n.id === 'stap')!.text = 'Herschreven in 2026.2';
    await w.clients.redacteur.put(`${w.base}/cards/${baseRow}`, {
      baseRevision: stored.body.revision,
      card: next,
    });
    await offerApprovePublish(w.clients, w.base, baseRow, { releaseVersion: '2026.2' });
    await tab.sync.refresh();
    expect(tab.sync.publishing.baseOf(made.id)).toMatchObject({
      behind: true,
      notice: true,
      latest: { version: '2026.2' },
    });

    // "Later" sets it aside for 2026.2 only.
    await tab.sync.publishing.setAside(made.id, nl.slug, '2026.2');
    expect(tab.sync.publishing.baseOf(made.id)).toMatchObject({ behind: true, notice: false });

    // Taking it: the base-update dialog's merge, saved as usual.
    await openServerCard(tab, made.id);
    const update = await tab.sync.publishing.baseUpdate(made.id, nl.slug);
    const merged = await mergeBaseUpdate(tab.store.getState()!.card, serverCard(update.card));
    const { flow, roles, origin } = merged.card;
    expect(tab.store.execute(takeBaseUpdate, { merged: { flow, roles, origin } }).applied).toBe(
      true,
    );
    await tab.session.flush();
    await tab.sync.engine.syncNow(made.id);
    await tab.sync.refresh();
    expect(tab.sync.publishing.baseOf(made.id)).toMatchObject({ behind: false, notice: false });
    const saved = await tab.sync.api.getCard(nl.slug, made.id);
    expect(JSON.stringify(saved.card)).toContain('Herschreven in 2026.2');
  });
});
