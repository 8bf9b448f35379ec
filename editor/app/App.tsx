// The studio's frame: toolbar, card list, the open card's views (flow,
// directory, versions), inspector and problems. Panels come from their folders.
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { ArrowMarkers } from '../canvas/arrow-markers';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { CardList } from '../cards/CardList';
import { Inspector } from '../inspector/Inspector';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { regionalVersionRequest } from '../region/regional-version';
import { ReadOnlyFrame, ServerOnly, SyncBanners } from '../sync/ServerParts';
import { msg, useT } from '../i18n/i18n';
import { handleShortcutKey } from './shortcuts';
import { bootStudio } from './boot';
import { useCoreShortcuts } from './core-shortcuts';
import { Notices } from './Notices';
import { lazyNamed, OnFirstUse, preloadParts } from './OnFirstUse';
import { RefusalNotice } from './RefusalNotice';
import { StorageBanner } from './SaveStatus';
import type { StudioView } from './studio';
import { useDocumentValue, useObservable, useStudio } from './studio-context';
import { Toolbar } from './Toolbar';
import { ViewTabs } from './ViewTabs';

// Loaded when first shown: the canvas and the first card come first.
const DirectoryEditor = lazyNamed(() => import('../directory/DirectoryEditor'), 'DirectoryEditor');
const VersionsPanel = lazyNamed(() => import('../versions/VersionsPanel'), 'VersionsPanel');
// Repair mode is rare: it loads only when a card needs it.
const RepairPanel = lazyNamed(() => import('../repair/RepairPanel'), 'RepairPanel');
const ShortcutHelp = lazyNamed(() => import('./ShortcutHelp'), 'ShortcutHelp');
const RegionalVersionDialog = lazyNamed(
  () => import('../region/RegionalVersionDialog'),
  'RegionalVersionDialog',
);

const texts = msg({
  loading: { nl: 'De studio wordt geladen…', en: 'Loading the studio…' },
  noCard: {
    nl: 'Geen kaart geopend. Kies een kaart in de lijst, maak een nieuwe of importeer er een.',
    en: 'No card open. Choose a card from the list, create a new one or import one.',
  },
});

export function App() {
  const studio = useStudio();
  const t = useT();
  // Whether a card is open, not the card: the frame does not re-render on every edit.
  const hasCard = useDocumentValue((s) => s !== null);
  const view = useObservable(studio.view);
  const repairRowId = useObservable(studio.repairRowId);
  const regionalRequest = useObservable(regionalVersionRequest);
  const [ready, setReady] = useState(false);
  const [help, setHelp] = useState(false);
  const [cardsOpen, setCardsOpen] = useState(true);
  const openHelp = useCallback(() => setHelp(true), []);
  useCoreShortcuts(studio, openHelp);

  // Before the empty studio is painted: the card index.html read is usually there already
  // (last-opened-read.ts), and the first paint then shows it. As an effect after that paint,
  // opening a 1,000-node card took 30-60 ms longer (medians of 12 starts).
  useLayoutEffect(() => {
    void bootStudio(studio).finally(() => {
      setReady(true);
      preloadParts();
    });
  }, [studio]);
  useEffect(() => {
    const flush = () => void studio.session.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('keydown', handleShortcutKey);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('keydown', handleShortcutKey);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [studio]);

  const panels: Record<StudioView, () => React.ReactNode> = {
    flow: () => (
      <div className="flow-view">
        <FlowCanvas />
        <Inspector />
      </div>
    ),
    directory: () => (
      <OnFirstUse>
        <DirectoryEditor />
      </OnFirstUse>
    ),
    versions: () => (
      <OnFirstUse>
        <VersionsPanel />
      </OnFirstUse>
    ),
  };

  return (
    <div className="studio">
      <ArrowMarkers />
      <Toolbar
        onHelp={openHelp}
        cardsOpen={cardsOpen}
        onToggleCards={() => setCardsOpen((o) => !o)}
      />
      <div className="banners">
        <StorageBanner />
        <ServerOnly>
          <SyncBanners />
        </ServerOnly>
      </div>
      <div className="studio-body">
        {cardsOpen && (
          <aside id="card-list" className="sidebar">
            <CardList />
          </aside>
        )}
        <main className="workspace">
          <RefusalNotice />
          {/* The last card shows as soon as it is read; the database may still be loading. */}
          {!ready && !hasCard ? (
            <p className="empty-state">{t(texts.loading)}</p>
          ) : repairRowId ? (
            <OnFirstUse>
              <RepairPanel key={repairRowId} rowId={repairRowId} />
            </OnFirstUse>
          ) : hasCard ? (
            <>
              <ViewTabs />
              <div
                className="view-panel"
                role="tabpanel"
                id={`panel-${view}`}
                aria-labelledby={`tab-${view}`}
              >
                <ReadOnlyFrame view={view}>{panels[view]()}</ReadOnlyFrame>
              </div>
              <ProblemsPanel />
            </>
          ) : (
            <p className="empty-state">{t(texts.noCard)}</p>
          )}
        </main>
      </div>
      <Notices />
      {regionalRequest && (
        <OnFirstUse>
          <RegionalVersionDialog />
        </OnFirstUse>
      )}
      {help && (
        <OnFirstUse>
          <ShortcutHelp open onClose={() => setHelp(false)} />
        </OnFirstUse>
      )}
    </div>
  );
}
