// "De basiskaart heeft een nieuwe versie 2027.1: bekijk de wijzigingen en neem
// ze over": above a regional card of the shared workspace whose base (followed
// by its stable address on the server) published a release the card has not
// taken. It opens the base update dialog with the server's release, no file;
// it stays until the update is taken or set aside for that version ("Later").
import { useState } from 'react';
import { notify } from '../app/notices';
import { useCard, useObservable, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { errorText } from '../sync/error-text';
import { readBaseUpdate, type BaseUpdateReading } from './base-update';
import { BaseUpdateDialog } from './BaseUpdateDialog';
import { followTexts as texts } from './follow-texts';
import { useServerSync } from '../sync/shared-workspace';

export function BaseNotice() {
  const studio = useStudio();
  const sync = useServerSync();
  const t = useT();
  const link = useObservable(sync.openLink);
  const bases = useObservable(sync.publishing.bases);
  useObservable(sync.account);
  const card = useCard();
  const [reading, setReading] = useState<BaseUpdateReading | null>(null);
  const [busy, setBusy] = useState(false);
  const status = link ? bases.find((s) => s.cardRowId === link.serverId) : undefined;
  const latest = status?.latest;
  const role = sync.roleOf(link);
  const shown =
    link &&
    latest &&
    card &&
    (role === 'redacteur' || role === 'beheerder') &&
    // Taken (also before the server heard of it), or set aside for this version: no notice.
    card.origin?.hash !== latest.hash &&
    status.setAside?.version !== latest.version;
  const fail = (error: unknown) => notify(t(texts.failed, { reason: errorText(error) }));

  const review = async () => {
    if (!link || !latest || busy) return;
    setBusy(true);
    try {
      const update = await sync.publishing.baseUpdate(link.serverId, link.workspaceSlug);
      const current = studio.store.getState()?.card;
      const name = `${status?.base.title ?? ''} ${update.status.latest?.version ?? ''}`.trim();
      if (current) setReading(await readBaseUpdate({ value: update.card, name }, current));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const later = () => {
    if (!link || !latest) return;
    sync.publishing
      .setAside(link.serverId, link.workspaceSlug, latest.version)
      .then(() => notify(t(texts.setAside, { version: latest.version })), fail);
  };
  const closed = () => {
    setReading(null);
    // Once the merge is on the server, the card list hears that the card is no longer behind.
    if (link)
      void sync.engine
        .syncNow(link.serverId)
        .then(() => sync.publishing.refreshBasesOf(link.workspaceSlug, [link.serverId]))
        .catch(() => undefined);
  };

  return (
    <>
      {shown && (
        <div className="banner banner-info" role="status" data-testid="base-notice">
          <p>{t(texts.notice, { version: latest.version })}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void review()}>
            {t(texts.review)}
          </button>
          <button type="button" onClick={later}>
            {t(texts.later)}
          </button>
        </div>
      )}
      <BaseUpdateDialog reading={reading} onClose={closed} />
    </>
  );
}
