// The shared workspace in the toolbar: who else has the open card open,
// whether its changes are on the server, and the account (sign in, sign out).
// Nothing at all when the studio is not served by the shared server.
import { useState } from 'react';
import { Observable } from '../state/observable';
import { Dialog } from '../app/Dialog';
import { Menu } from '../app/Menu';
import { notify } from '../app/notices';
import { useObservable } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import type { Role } from './api-types';
import { SignInDialog } from './SignInDialog';
import { syncTexts as texts } from './sync-texts';
import { useServerSync } from './shared-workspace';

export const roleText = {
  lezer: texts.roleLezer,
  redacteur: texts.roleRedacteur,
  beheerder: texts.roleBeheerder,
} satisfies Record<Role, unknown>;

/** Open the sign-in dialog (from the toolbar or the banner of an ended session). */
export const signInOpen = new Observable<boolean>(false);

const initials = (name: string) =>
  name
    .split(/[\s.@_-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

/** Who else has the open card open: their initials, and the names in words. */
function Presence() {
  const sync = useServerSync();
  const t = useT();
  const present = useObservable(sync.live.present);
  if (present.length === 0) return null;
  const text = t(texts.presence, { names: present.map((p) => p.name).join(', ') });
  return (
    <span className="presence" data-testid="presence" title={text}>
      {present.slice(0, 4).map((p) => (
        <span key={p.id} className="avatar" aria-hidden="true">
          {initials(p.name)}
        </span>
      ))}
      <span className="presence-text">{text}</span>
    </span>
  );
}

function CardSyncState() {
  const sync = useServerSync();
  const t = useT();
  const link = useObservable(sync.openLink);
  const pending = useObservable(sync.pending);
  if (!link) return null;
  const state = link.conflict
    ? 'conflict'
    : pending.some((p) => p.serverId === link.serverId)
      ? 'pending'
      : 'synced';
  const label = { conflict: texts.conflictBadge, pending: texts.notSent, synced: texts.synced }[
    state
  ];
  return (
    <span className={`server-state server-${state}`} data-testid="server-state" data-state={state}>
      {t(label)}
    </span>
  );
}

export function ServerToolbar() {
  const sync = useServerSync();
  const t = useT();
  const mode = useObservable(sync.mode);
  const signedIn = useObservable(sync.signedIn);
  const me = useObservable(sync.account);
  const pending = useObservable(sync.pending);
  const signingIn = useObservable(signInOpen);
  const [confirming, setConfirming] = useState(false);
  if (mode !== 'server') return null;

  const signOut = async () => {
    setConfirming(false);
    const kept = await sync.signOut();
    notify(kept > 0 ? t(texts.keptLocal, { n: kept }) : t(texts.signedOut));
  };
  return (
    <>
      <Presence />
      <CardSyncState />
      {signedIn && me ? (
        <span className="account-menu">
          <Menu
            label={t(texts.account, { name: me.account.name })}
            symbol={initials(me.account.name)}
          >
            <p className="menu-note">
              {t(texts.signedInAs, { name: me.account.name, email: me.account.email })}
            </p>
            <ul className="menu-note">
              {me.workspaces.map((w) => (
                <li key={w.id}>
                  {w.name} ({t(roleText[w.role])})
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() => (pending.length > 0 ? setConfirming(true) : void signOut())}
            >
              {t(texts.signOut)}
            </button>
          </Menu>
        </span>
      ) : (
        <button type="button" onClick={() => signInOpen.set(true)}>
          {t(texts.signIn)}
        </button>
      )}
      <SignInDialog open={signingIn} onClose={() => signInOpen.set(false)} />
      <Dialog
        open={confirming}
        title={t(texts.signOutTitle)}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" onClick={() => setConfirming(false)}>
              {t(texts.cancel)}
            </button>
            <button type="button" className="primary" onClick={() => void signOut()}>
              {t(texts.signOut)}
            </button>
          </>
        }
      >
        <p>{t(texts.signOutPending, { n: pending.length })}</p>
      </Dialog>
    </>
  );
}
