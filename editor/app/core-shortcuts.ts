// The shortcuts every view has: undo, redo, save now, import, export, the overview.
import { useEffect } from 'react';
import { exportCardFile } from '../io/card-files';
import { importRequests } from '../io/ImportControls';
import { msg } from '../i18n/i18n';
import { registerShortcuts } from './shortcuts';
import type { Studio } from './studio';

const coreTexts = msg({
  general: { nl: 'Algemeen', en: 'General' },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  redo: { nl: 'Opnieuw', en: 'Redo' },
  save: { nl: 'Nu bewaren', en: 'Save now' },
  import: { nl: 'Kaart importeren', en: 'Import card' },
  export: { nl: 'Kaart exporteren als JSON', en: 'Export card as JSON' },
  help: { nl: 'Sneltoetsen tonen', en: 'Show shortcuts' },
});

export function useCoreShortcuts(studio: Studio, openHelp: () => void): void {
  useEffect(() => {
    const group = coreTexts.general;
    return registerShortcuts([
      {
        id: 'undo',
        keys: ['Mod+Z'],
        label: coreTexts.undo,
        group,
        inFields: true,
        run: () => studio.store.undo(),
      },
      {
        id: 'redo',
        keys: ['Mod+Shift+Z', 'Mod+Y'],
        label: coreTexts.redo,
        group,
        inFields: true,
        run: () => studio.store.redo(),
      },
      {
        id: 'save',
        keys: ['Mod+S'],
        label: coreTexts.save,
        group,
        inFields: true,
        run: () => void studio.session.flush(),
      },
      {
        id: 'import',
        keys: ['Mod+O'],
        label: coreTexts.import,
        group,
        inFields: true,
        run: () => importRequests.open(),
      },
      {
        id: 'export',
        keys: ['Mod+E'],
        label: coreTexts.export,
        group,
        inFields: true,
        run: () => {
          const card = studio.store.getState()?.card;
          if (card) exportCardFile(card);
        },
      },
      { id: 'help', keys: ['?', 'F1'], label: coreTexts.help, group, run: openHelp },
    ]);
  }, [studio, openHelp]);
}
