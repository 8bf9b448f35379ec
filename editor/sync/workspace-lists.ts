// One round of the workspaces' card lists: cards of a workspace the account
// left are lost, each workspace's list is taken in (new cards get a link,
// known ones their summary), cards no longer listed are checked one by one,
// and the regional cards' bases are asked for (and the open card's reviews
// and releases, when they could not be fetched before).
import type { ApiClient } from './api-client';
import type { Workspace } from './api-types';
import type { CardPublishing } from './card-publishing';
import type { LinkStore } from './link-store';
import type { SyncEngine } from './sync-engine';

export interface ListDeps {
  api: ApiClient;
  links: LinkStore;
  engine: SyncEngine;
  publishing: CardPublishing;
}

export async function takeWorkspaceLists(
  deps: ListDeps,
  accountId: string,
  workspaces: Workspace[],
): Promise<void> {
  const { api, links, engine } = deps;
  const mine = new Set(workspaces.map((w) => w.id));
  for (const link of await links.all())
    if (!mine.has(link.workspaceId)) await engine.lose(link, 'forbidden');
  for (const workspace of workspaces) {
    const cards = await api.listCards(workspace.slug);
    const unlisted = await links.takeList(accountId, workspace, cards);
    // Not listed: gone, or made after the list was read; the card itself says which.
    for (const link of unlisted) void engine.verify(link.serverId).catch(() => undefined);
  }
  await deps.publishing.refreshBases(workspaces);
  deps.publishing.retry();
}
