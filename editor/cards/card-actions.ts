// What the card list and the import can do to cards, in one place, so the
// buttons, the shortcuts and the drop zone all behave the same.
import type { Card } from '../../schema/types';
import { updateCardMeta } from '../state/commands/card-commands';
import { notify } from '../app/notices';
import type { Studio } from '../app/studio';
import type { FileStage } from '../app/TaskStatus';
import { translate, language, msg } from '../i18n/i18n';
import { readCardFile, type ImportOutcome } from '../io/card-files';
import { newId } from '../state/ids';

export const cardTexts = msg({
  copyOf: { nl: 'Kopie van', en: 'Copy of' },
  movedToBin: {
    nl: "'{title}' is naar de prullenbak verplaatst.",
    en: "'{title}' was moved to the bin.",
  },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  imported: { nl: "'{title}' is geïmporteerd.", en: "'{title}' was imported." },
  newCardTitle: { nl: 'Nieuwe kaart', en: 'New card' },
  restored: { nl: "'{title}' is teruggezet.", en: "'{title}' was restored." },
});

const t = (text: { nl: string; en: string }, params?: Record<string, string>) =>
  translate(text, language.get(), params);

/** Opens a card; one the load path refuses opens in repair mode instead. */
export async function openCard(studio: Studio, rowId: string): Promise<void> {
  studio.selection.clear();
  const outcome = await studio.session.open(rowId);
  if (outcome.ok) studio.repairRowId.set(null);
  else if ('problems' in outcome) {
    await studio.session.flush();
    studio.session.close();
    studio.repairRowId.set(rowId);
  }
}

/** Stores a new card (one that went through the load path) and opens it; in memory when storage is unavailable. */
export async function addAndOpen(studio: Studio, card: Card, stored = () => {}): Promise<void> {
  const failure = studio.storageFailure.get();
  if (failure) {
    studio.session.openInMemory(card, failure);
    return;
  }
  const rowId = await studio.repo.createCard(card);
  stored();
  studio.selection.clear();
  await studio.session.openStored(rowId, card);
}

export type NewCardStart = 'empty' | 'template' | 'sample';

export async function createCard(
  studio: Studio,
  start: NewCardStart,
  title: string,
): Promise<void> {
  // The shipped cards are loaded when asked for, not with the studio.
  const { emptyCard, sampleCard, templateCard } = await import('../app/sample-cards');
  const base =
    start === 'empty' ? emptyCard(title) : start === 'template' ? templateCard() : sampleCard();
  const id = newId(start === 'empty' ? 'kaart' : base.id.slice(0, 60), () => false);
  await addAndOpen(studio, { ...base, id, title: title || base.title });
}

export async function duplicateCard(studio: Studio, rowId: string): Promise<void> {
  await studio.session.flush();
  const copy = await studio.repo.duplicateCard(rowId, t(cardTexts.copyOf));
  if (copy) await openCard(studio, copy);
}

export async function renameCard(studio: Studio, rowId: string, title: string): Promise<void> {
  if (studio.session.openRowId === rowId)
    studio.store.execute(updateCardMeta, { changes: { title } });
  else await studio.repo.renameCard(rowId, title);
}

export async function moveCardToBin(studio: Studio, rowId: string, title: string): Promise<void> {
  const wasOpen = studio.session.openRowId === rowId;
  if (studio.repairRowId.get() === rowId) studio.repairRowId.set(null);
  if (wasOpen) {
    await studio.session.flush();
    studio.session.close();
  }
  await studio.repo.moveToBin(rowId);
  notify(t(cardTexts.movedToBin, { title }), {
    label: t(cardTexts.undo),
    run: () => void restoreCard(studio, rowId, title, wasOpen),
  });
  if (wasOpen) {
    const next = (await studio.repo.listCards())[0];
    if (next) await openCard(studio, next.rowId);
  }
}

export async function restoreCard(
  studio: Studio,
  rowId: string,
  title: string,
  open = false,
): Promise<void> {
  await studio.repo.restoreFromBin(rowId);
  notify(t(cardTexts.restored, { title }));
  if (open) await openCard(studio, rowId);
}

/** The stages of an import, in order, for the progress shown meanwhile. */
export const IMPORT_STAGES: readonly FileStage[] = ['read', 'check', 'store', 'open'];

export async function importCardFile(
  studio: Studio,
  file: File,
  onStage: (stage: FileStage) => void = () => {},
): Promise<ImportOutcome> {
  const outcome = await readCardFile(file, onStage);
  if (outcome.ok) {
    onStage('store');
    await addAndOpen(studio, outcome.card, () => onStage('open'));
    notify(t(cardTexts.imported, { title: outcome.card.title }));
  }
  return outcome;
}
