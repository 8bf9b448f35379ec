// The shared workspace's messages above the open card: offline (edits are
// kept and sent later), an ended session, a conflict with a colleague's save
// (the same choice as between two tabs: nothing is overwritten without it),
// a new release of a regional card's base, and the note that a lezer can only
// read (ReadOnlyFrame, in ServerParts.tsx, disables the editing controls then).
import { useObservable, useStudio } from '../app/studio-context';
import { exportCardFile } from '../io/card-files';
import { BaseNotice } from '../region/BaseNotice';
import { useT } from '../i18n/i18n';
import { signInOpen } from './ServerToolbar';
import { syncTexts as texts } from './sync-texts';
import './sync.css';
import { useServerSync } from './shared-workspace';

function ConflictBanner() {
  const studio = useStudio();
  const sync = useServerSync();
  const t = useT();
  const link = useObservable(sync.openLink);
  const conflict = link?.conflict;
  if (!link || !conflict) return null;
  const exportNow = () => {
    const card = studio.store.getState()?.card;
    if (card) exportCardFile(card);
  };
  const choose = (keep: 'mine' | 'theirs') => void sync.engine.resolve(link.serverId, keep);
  return (
    <div className="banner banner-warning" role="alert" data-testid="server-conflict">
      <p>{t(texts.conflictText, { name: conflict.by ?? t(texts.someone) })}</p>
      <button type="button" onClick={exportNow}>
        {t(texts.export)}
      </button>
      <button type="button" onClick={() => choose('theirs')}>
        {t(texts.takeTheirs)}
      </button>
      <button type="button" className="primary" onClick={() => choose('mine')}>
        {t(texts.keepMine)}
      </button>
    </div>
  );
}

export function SyncBanners() {
  const sync = useServerSync();
  const t = useT();
  const mode = useObservable(sync.mode);
  const online = useObservable(sync.connection.online);
  const ended = useObservable(sync.sessionEnded);
  const me = useObservable(sync.account);
  const pending = useObservable(sync.pending);
  const link = useObservable(sync.openLink);
  const readOnly = useObservable(sync.readOnly);
  if (mode !== 'server' || !me) return null;
  const workspace = me.workspaces.find((w) => w.id === link?.workspaceId);
  return (
    <>
      {!online && (
        <div className="banner banner-offline" role="status" data-testid="offline-banner">
          <p>
            {t(texts.offline)}
            {pending.length > 0 &&
              ` ${t(pending.length === 1 ? texts.offlinePendingOne : texts.offlinePending, { n: pending.length })}`}
          </p>
        </div>
      )}
      {online && ended && (
        <div className="banner banner-warning" role="alert">
          <p>{t(texts.expired)}</p>
          <button type="button" className="primary" onClick={() => signInOpen.set(true)}>
            {t(texts.signIn)}
          </button>
        </div>
      )}
      <ConflictBanner />
      <BaseNotice />
      {readOnly && (
        <div className="banner banner-info" role="note" data-testid="read-only-note">
          <p>{t(texts.readOnly, { name: workspace?.name ?? '' })}</p>
        </div>
      )}
    </>
  );
}
