import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createStudio } from './app/studio';
import { StudioContext } from './app/studio-context';
import { startRouting } from './canvas/routing/routing';
import { language } from './i18n/i18n';
import './app/studio.css';
// The lazy panels' styles come with the first load: their rules (.inline, .badge, .field…)
// also style the inspector and the card list, which must not change when a panel loads.
// ~2.5 kB gzipped; the panels' code still loads on first use.
import './directory/directory.css';
import './region/region.css';
import './versions/versions.css';
import './repair/repair.css';

document.documentElement.lang = language.get();
const studio = createStudio();
// Arrows follow the boxes that an edit moves, in the same undo step (libavoid loads on the side).
startRouting(studio.store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StudioContext.Provider value={studio}>
      <App />
    </StudioContext.Provider>
  </StrictMode>,
);
