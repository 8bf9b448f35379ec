// "Aanpassen voor mijn regio" from the catalogue: the server makes the
// regional card in the coordinator's workspace (from the base's latest
// release, recording its stable address), the studio takes it in as any new
// server card and opens it on its directory, where the region's partners go.
import { uniqueIdFromName } from '../../schema/ids';
import type { Studio } from '../app/studio';
import { openCard } from '../cards/card-actions';
import { Observable } from '../state/observable';
import { ApiError } from '../sync/api-client';
import type { Workspace } from '../sync/api-types';
import type { CatalogueCard } from '../sync/publishing-api';
import { serverCard } from '../sync/sync-engine';

/** Open the catalogue; `adapt` names a card (workspace/address) to start adapting at once. */
export const catalogueRequest = new Observable<{ adapt?: string } | null>(null);

/** The deep link of the server's catalogue page: /editor/?aanpassen=WORKSPACE/CARD. */
export const ADAPT_PARAM = 'aanpassen';

export interface AdaptInput {
  region: string;
  municipalities: string[];
  title: string;
}

export const entryKey = (entry: CatalogueCard) => `${entry.workspace.slug}/${entry.address}`;

export async function adaptForRegion(
  studio: Studio,
  entry: CatalogueCard,
  workspace: Workspace,
  input: AdaptInput,
): Promise<void> {
  const sync = await studio.sync.client();
  const me = sync.account.get();
  if (!me) throw new Error('not signed in');
  const request = {
    base: { workspace: entry.workspace.slug, card: entry.address },
    region: { name: input.region, municipalities: input.municipalities },
    ...(input.title.trim() ? { title: input.title.trim() } : {}),
  };
  let made;
  try {
    made = await sync.publishing.api.makeRegional(workspace.slug, request);
  } catch (error) {
    // A card made meanwhile took the id made from the region's name: one more try, with a suffix.
    if (!(error instanceof ApiError && error.code === 'card-id-taken')) throw error;
    const id = uniqueIdFromName(`kindreflex ${input.region} ${Date.now() % 10_000}`, new Set());
    made = await sync.publishing.api.makeRegional(workspace.slug, { ...request, id });
  }
  const rowId = await sync.links.addCreated(me.account.id, workspace, made, serverCard(made.card));
  await sync.publishing.refreshBasesOf(workspace.slug, [made.id]).catch(() => undefined);
  if (rowId) await openCard(studio, rowId);
  studio.view.set('directory');
}
