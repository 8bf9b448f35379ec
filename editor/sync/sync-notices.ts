// What the shared workspace tells the user in a notice when a card leaves
// this browser's reach or cannot be synchronised. A failure is said once per
// card and kind: the card is tried again on the next round anyway.
import type { LocalizedText } from '../../schema/problems';
import { notify } from '../app/notices';
import { language, translate } from '../i18n/i18n';
import type { CardSession } from '../persistence/card-session';
import { ApiError } from './api-client';
import type { LostReason } from './sync-engine';
import type { ServerCardRow } from './sync-rows';
import { syncTexts } from './sync-texts';

export class SyncNotices {
  private readonly told = new Set<string>();

  constructor(private readonly session: CardSession) {}

  lost(link: ServerCardRow, reason: LostReason, kept: boolean): void {
    const t = (text: LocalizedText) => translate(text, language.get(), { title: link.title });
    const what = t(reason === 'deleted' ? syncTexts.lostDeleted : syncTexts.lostForbidden);
    notify(kept ? `${what} ${t(syncTexts.lostKept)}` : what);
    const { session } = this;
    if (!kept && link.rowId && session.openRowId === link.rowId) session.close();
  }

  failed(link: ServerCardRow, error: unknown): void {
    const key = `${link.serverId}/${error instanceof ApiError ? error.code : 'error'}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    const lang = language.get();
    const reason = error instanceof ApiError ? error.text[lang] : String(error);
    notify(translate(syncTexts.failed, lang, { title: link.title, reason }));
  }
}
