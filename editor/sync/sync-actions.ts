// What the card list does with the shared workspace's cards: open one (fetched
// first when it is not in this browser yet), copy a local card into a
// workspace, move a workspace card to the workspace's bin.
import type { LocalizedText } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { notify } from '../app/notices';
import type { Studio } from '../app/studio';
import { openCard } from '../cards/card-actions';
import { language, translate, type Params } from '../i18n/i18n';
import { newId } from '../state/ids';
import { ApiError, OfflineError } from './api-client';
import type { Workspace } from './api-types';
import { serverCard } from './sync-engine';
import type { ServerCardRow } from './sync-rows';
import { syncTexts } from './sync-texts';

const t = (text: LocalizedText, params?: Params) => translate(text, language.get(), params);

function reason(error: unknown): string {
  if (error instanceof OfflineError) return t(syncTexts.offline);
  if (error instanceof ApiError) return error.text[language.get()];
  return String(error);
}

export async function openServerCard(studio: Studio, link: ServerCardRow): Promise<void> {
  const sync = await studio.sync.client();
  let rowId = link.rowId;
  if (!rowId || !(await studio.repo.getRow(rowId))) {
    try {
      await sync.engine.syncNow(link.serverId);
    } catch (error) {
      if (error instanceof OfflineError) sync.connection.failed();
      notify(error instanceof OfflineError ? t(syncTexts.notHere) : reason(error));
      return;
    }
    rowId = (await sync.links.get(link.serverId))?.rowId ?? '';
  }
  if (rowId) await openCard(studio, rowId);
}

/** Copies a local card into a workspace and opens the copy; a taken card id gets a new one. */
export async function copyToWorkspace(
  studio: Studio,
  rowId: string,
  workspace: Workspace,
): Promise<void> {
  const sync = await studio.sync.client();
  const me = sync.account.get();
  if (!me) return;
  if (studio.session.openRowId === rowId) await studio.session.flush();
  const loaded = await studio.repo.loadCard(rowId);
  if (!loaded?.result.ok) return;
  let card: Card = loaded.result.card;
  const params = { title: card.title, name: workspace.name };
  for (let attempt = 0; ; attempt++) {
    try {
      const stored = await sync.api.createCard(workspace.slug, card);
      const copy = await sync.links.addCreated(
        me.account.id,
        workspace,
        stored,
        serverCard(stored.card),
      );
      notify(t(attempt === 0 ? syncTexts.copied : syncTexts.copiedNewId, params));
      if (copy) await openCard(studio, copy);
      return;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'card-id-taken' && attempt < 3) {
        card = { ...card, id: newId(card.id.slice(0, 60), () => false) };
        continue;
      }
      if (error instanceof OfflineError) sync.connection.failed();
      notify(t(syncTexts.copyFailed, { reason: reason(error) }));
      return;
    }
  }
}

/** To the workspace's bin (a redacteur can restore it there); gone from this browser's list. */
export async function deleteServerCard(studio: Studio, link: ServerCardRow): Promise<void> {
  const { session } = studio;
  const sync = await studio.sync.client();
  try {
    await sync.api.deleteCard(link.workspaceSlug, link.serverId);
  } catch (error) {
    if (error instanceof OfflineError) sync.connection.failed();
    notify(reason(error));
    return;
  }
  if (link.rowId && session.openRowId === link.rowId) {
    await session.flush();
    session.close();
  }
  await sync.links.forget(link.serverId);
  notify(t(syncTexts.deleted, { title: link.title }));
}
