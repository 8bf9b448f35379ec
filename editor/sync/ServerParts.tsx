// The shared workspace's parts of the studio's frame, in its first load: what
// they read comes from SharedWorkspace (shared-workspace.ts); the parts
// themselves (toolbar, banners, workspace cards) are loaded only once a
// server serves the studio, so a studio without one never fetches them.
import type { ReactNode } from 'react';
import { lazyNamed, OnFirstUse } from '../app/OnFirstUse';
import type { StudioView } from '../app/studio';
import { useObservable, useStudio } from '../app/studio-context';
import { msg, useT } from '../i18n/i18n';
import type { CardSummary } from '../persistence/card-repository';

export const ServerToolbar = lazyNamed(() => import('./ServerToolbar'), 'ServerToolbar');
export const SyncBanners = lazyNamed(() => import('./SyncBanners'), 'SyncBanners');
export const WorkspaceCards = lazyNamed<object, 'WorkspaceCards'>(
  () => import('./WorkspaceCards'),
  'WorkspaceCards',
);
export const LocalCardsHeading = lazyNamed<object, 'LocalCardsHeading'>(
  () => import('./WorkspaceCards'),
  'LocalCardsHeading',
);
export const CopyToWorkspaceItems = lazyNamed<{ card: CardSummary }, 'CopyToWorkspaceItems'>(
  () => import('./WorkspaceCards'),
  'CopyToWorkspaceItems',
);

const texts = msg({
  followedBy: { nl: 'Bijgewerkt door {name}', en: 'Updated by {name}' },
  followedServer: { nl: 'Bijgewerkt vanaf de server', en: 'Updated from the server' },
});

/** `children` only when a server serves the studio; nothing shows while they load. */
export function ServerOnly({ children }: { children: ReactNode }) {
  const mode = useObservable(useStudio().sync.mode);
  return mode === 'server' ? <OnFirstUse quiet>{children}</OnFirstUse> : null;
}

/** The local rows that hold server cards: the card list leaves them out of the local cards. */
export function useServerRowIds(): ReadonlySet<string> {
  const cards = useObservable(useStudio().sync.cards);
  return new Set(cards.map((c) => c.rowId).filter(Boolean));
}

/** The save status's words for a card that followed a save on the server: who made it. */
export function useFollowedLabel(): string | null {
  const t = useT();
  const link = useObservable(useStudio().sync.openLink);
  if (!link) return null;
  return link.updatedBy ? t(texts.followedBy, { name: link.updatedBy }) : t(texts.followedServer);
}

/** Disables the editing controls of the flow and directory views while the card is read-only. */
export function ReadOnlyFrame({ view, children }: { view: StudioView; children: ReactNode }) {
  const readOnly = useObservable(useStudio().sync.readOnly) && view !== 'versions';
  return (
    <fieldset
      className="read-only-frame"
      // Only a frame: not a group for assistive technology (the note says why it is disabled).
      role="none"
      disabled={readOnly}
      data-read-only={readOnly || undefined}
    >
      {children}
    </fieldset>
  );
}
