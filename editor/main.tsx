import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createStudio } from './app/studio';
import { StudioContext } from './app/studio-context';
import { language } from './i18n/i18n';
import './app/studio.css';

document.documentElement.lang = language.get();
const studio = createStudio();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StudioContext.Provider value={studio}>
      <App />
    </StudioContext.Provider>
  </StrictMode>,
);
