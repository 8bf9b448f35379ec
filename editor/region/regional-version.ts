// Making a regional version of a card: another region takes a card, keeps
// its flow and roles and fills in its own partners. The card list's menu and
// the directory view both ask through one request, answered by the one dialog.
import { uniqueIdFromName } from '../../schema/ids';
import type { LocalizedText } from '../../schema/problems';
import type { Card } from '../../schema/types';
import type { Studio } from '../app/studio';
import { addAndOpen } from '../cards/card-actions';
import { Observable } from '../state/observable';

/** Which card to make a version of: a row of the card list, or null for the open card. */
export interface RegionalVersionRequest {
  rowId: string | null;
}

export const regionalVersionRequest = new Observable<RegionalVersionRequest | null>(null);

/** The menu item that asks (the card list's, loaded with the studio; the rest of the words come with the dialog). */
export const MAKE_REGIONAL_VERSION: LocalizedText = {
  nl: 'Regionale versie maken…',
  en: 'Make a regional version…',
};

export function askRegionalVersion(rowId: string | null): void {
  regionalVersionRequest.set({ rowId });
}

/** The card to derive from: the open one as it is now (saved or not), or a stored one. */
export async function baseCardFor(studio: Studio, rowId: string | null): Promise<Card | null> {
  if (rowId === null || rowId === studio.session.openRowId)
    return studio.store.getState()?.card ?? null;
  const loaded = await studio.repo.loadCard(rowId);
  return loaded?.result.ok ? loaded.result.card : null;
}

export interface RegionalVersionInput {
  region: string;
  municipalities: string[];
  title: string;
}

/** Derives the regional card, stores it as a new card, opens it on its directory. */
export async function makeRegionalVersion(
  studio: Studio,
  base: Card,
  input: RegionalVersionInput,
): Promise<Card> {
  const id = uniqueIdFromName(`kindreflex ${input.region}`, new Set([base.id]), 'kindreflex');
  const { deriveRegionalCard } = await import('../../schema/merge/derive');
  const card = await deriveRegionalCard(base, {
    id,
    region: { name: input.region, municipalities: input.municipalities },
    title: input.title.trim() || base.title,
  });
  await addAndOpen(studio, card);
  studio.view.set('directory');
  return card;
}
