// Whether the open card is safely stored: always visible in the toolbar, and
// a banner when it is not (storage failed, or another tab changed the card).
import { formatDate, msg, useLang, useT } from '../i18n/i18n';
import { storageFailureMessage } from '../persistence/storage-errors';
import { exportCardFile } from '../io/card-files';
import { useFollowedLabel } from '../sync/ServerParts';
import { useObservable, useStudio } from './studio-context';

const texts = msg({
  saved: { nl: 'Bewaard', en: 'Saved' },
  savedAt: { nl: 'Bewaard om {time}', en: 'Saved at {time}' },
  pending: { nl: 'Wijzigingen…', en: 'Changes…' },
  saving: { nl: 'Bewaren…', en: 'Saving…' },
  failed: { nl: 'Niet bewaard', en: 'Not saved' },
  conflict: { nl: 'Gewijzigd in ander tabblad', en: 'Changed in another tab' },
  followed: { nl: 'Bijgewerkt vanuit ander tabblad', en: 'Updated from another tab' },
  conflictText: {
    nl: 'Deze kaart is in een ander tabblad gewijzigd terwijl je hier ook wijzigingen had. Niets is overschreven. Kies welke versie je houdt (exporteer eerst als je beide wil bewaren).',
    en: 'This card was changed in another tab while you had changes here too. Nothing was overwritten. Choose which version to keep (export first if you want to keep both).',
  },
  keepMine: { nl: 'Mijn versie houden', en: 'Keep my version' },
  takeTheirs: { nl: 'Versie van het andere tabblad laden', en: 'Load the other tab’s version' },
  export: { nl: 'Kaart exporteren', en: 'Export card' },
});

export function SaveStatus() {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const status = useObservable(studio.session.status);
  const followedFromServer = useFollowedLabel();
  const time = (ms: number) => formatDate(ms, lang, 'time');
  const label =
    status.kind === 'saved'
      ? status.at
        ? t(texts.savedAt, { time: time(status.at) })
        : t(texts.saved)
      : status.kind === 'followed'
        ? (followedFromServer ?? t(texts.followed))
        : t(texts[status.kind]);
  return (
    <span
      className={`save-status save-${status.kind}`}
      role="status"
      data-testid="save-status"
      data-status={status.kind}
    >
      {label}
    </span>
  );
}

export function StorageBanner() {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const status = useObservable(studio.session.status);
  const exportNow = () => {
    const card = studio.store.getState()?.card;
    if (card) exportCardFile(card);
  };
  if (status.kind === 'failed')
    return (
      <div className="banner banner-error" role="alert">
        <p>{storageFailureMessage[status.failure][lang]}</p>
        <button type="button" className="primary" onClick={exportNow}>
          {t(texts.export)}
        </button>
      </div>
    );
  if (status.kind === 'conflict')
    return (
      <div className="banner banner-warning" role="alert">
        <p>{t(texts.conflictText)}</p>
        <button type="button" onClick={exportNow}>
          {t(texts.export)}
        </button>
        <button type="button" onClick={() => void studio.session.resolveConflict('theirs')}>
          {t(texts.takeTheirs)}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void studio.session.resolveConflict('mine')}
        >
          {t(texts.keepMine)}
        </button>
      </div>
    );
  return null;
}
