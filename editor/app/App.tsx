// The studio's frame: toolbar, card list, the open card's views (flow,
// directory, versions), inspector and problems. Panels come from their folders.
import { useCallback, useEffect, useState } from 'react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { CardList } from '../cards/CardList';
import { DirectoryEditor } from '../directory/DirectoryEditor';
import { Inspector } from '../inspector/Inspector';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { RegionalVersionDialog } from '../region/RegionalVersionDialog';
import { ReadOnlyFrame, SyncBanners } from '../sync/SyncBanners';
import { msg, useT } from '../i18n/i18n';
import { handleShortcutKey } from './shortcuts';
import { bootStudio } from './boot';
import { useCoreShortcuts } from './core-shortcuts';
import { Notices } from './Notices';
import { StorageBanner } from './SaveStatus';
import { ShortcutHelp } from './ShortcutHelp';
import type { StudioView } from './studio';
import { useDocument, useObservable, useStudio } from './studio-context';
import { Toolbar } from './Toolbar';
import { ViewTabs } from './ViewTabs';

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
  const doc = useDocument();
  const view = useObservable(studio.view);
  const [ready, setReady] = useState(false);
  const [help, setHelp] = useState(false);
  const [cardsOpen, setCardsOpen] = useState(true);
  const openHelp = useCallback(() => setHelp(true), []);
  useCoreShortcuts(studio, openHelp);

  useEffect(() => {
    void bootStudio(studio).finally(() => setReady(true));
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
    directory: () => <DirectoryEditor />,
    versions: () => <VersionsPanel />,
  };

  return (
    <div className="studio">
      <Toolbar
        onHelp={openHelp}
        cardsOpen={cardsOpen}
        onToggleCards={() => setCardsOpen((o) => !o)}
      />
      <div className="banners">
        <StorageBanner />
        <SyncBanners />
      </div>
      <div className="studio-body">
        {cardsOpen && (
          <aside id="card-list" className="sidebar">
            <CardList />
          </aside>
        )}
        <main className="workspace">
          {!ready ? (
            <p className="empty-state">{t(texts.loading)}</p>
          ) : doc ? (
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
      <RegionalVersionDialog />
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
