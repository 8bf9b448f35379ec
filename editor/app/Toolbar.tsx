// The bar at the top: the card's name, undo and redo (saying what they will
// undo), import and export, the language, the shortcut overview, save status.
// The name is a draft like every field: cleared, it says it cannot be empty and
// the card keeps its title.
import { memo } from 'react';
import type { Lang } from '../../schema/problems';
import { requiredText } from '../directory/text-rules';
import { RuleField } from '../directory/fields';
import { updateCardMeta } from '../state/commands/card-commands';
import { redoLabel, undoLabel } from '../state/document-store';
import { exportCardFile } from '../io/card-files';
import { ImportControls } from '../io/ImportControls';
import { msg, setLanguage, useLang, useT } from '../i18n/i18n';
import { ServerOnly, ServerToolbar } from '../sync/ServerParts';
import { SaveStatus } from './SaveStatus';
import { useDocumentValue, useObservable, useStudio } from './studio-context';

const texts = msg({
  app: { nl: 'Kindreflex Studio', en: 'Kindreflex Studio' },
  cardTitle: { nl: 'Titel van de kaart', en: 'Card title' },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  undoWhat: { nl: 'Ongedaan maken: {what}', en: 'Undo: {what}' },
  redo: { nl: 'Opnieuw', en: 'Redo' },
  redoWhat: { nl: 'Opnieuw: {what}', en: 'Redo: {what}' },
  export: { nl: 'Exporteren (JSON)', en: 'Export (JSON)' },
  language: { nl: 'Taal', en: 'Language' },
  shortcuts: { nl: 'Sneltoetsen', en: 'Shortcuts' },
  cards: { nl: 'Kaarten', en: 'Cards' },
});

export function Toolbar({
  onHelp,
  onToggleCards,
  cardsOpen,
}: {
  onHelp: () => void;
  onToggleCards: () => void;
  cardsOpen: boolean;
}) {
  const studio = useStudio();
  // Only what the bar shows: an edit elsewhere in the card does not re-render it.
  const title = useDocumentValue((s) => s?.card.title);
  const cardId = useDocumentValue((s) => s?.cardId);
  // A lezer's server card: the name is shown, not edited (the store refuses the change anyway).
  const readOnly = useObservable(studio.sync.readOnly);
  const undo = useDocumentValue(undoLabel);
  const redo = useDocumentValue(redoLabel);
  const t = useT();
  const lang = useLang();
  return (
    <header className="toolbar">
      <button
        type="button"
        aria-expanded={cardsOpen}
        aria-controls="card-list"
        onClick={onToggleCards}
      >
        {t(texts.cards)}
      </button>
      <h1 className="app-name">{t(texts.app)}</h1>
      {title !== undefined && (
        <RuleField
          key={cardId}
          label={t(texts.cardTitle)}
          hideLabel
          className="card-title-field"
          readOnly={readOnly}
          value={title}
          rule={requiredText}
          onCommit={(next) => studio.store.execute(updateCardMeta, { changes: { title: next } })}
        />
      )}
      <div className="toolbar-group" role="group">
        <button
          type="button"
          disabled={!undo}
          title={undo ? t(texts.undoWhat, { what: undo[lang] }) : t(texts.undo)}
          aria-label={undo ? t(texts.undoWhat, { what: undo[lang] }) : t(texts.undo)}
          onClick={() => studio.store.undo()}
        >
          ↶ <span className="toolbar-text">{t(texts.undo)}</span>
        </button>
        <button
          type="button"
          disabled={!redo}
          title={redo ? t(texts.redoWhat, { what: redo[lang] }) : t(texts.redo)}
          aria-label={redo ? t(texts.redoWhat, { what: redo[lang] }) : t(texts.redo)}
          onClick={() => studio.store.redo()}
        >
          ↷ <span className="toolbar-text">{t(texts.redo)}</span>
        </button>
      </div>
      <div className="toolbar-group" role="group">
        <ImportControls />
        <button
          type="button"
          disabled={title === undefined}
          onClick={() => {
            const card = studio.store.getState()?.card;
            if (card) exportCardFile(card);
          }}
        >
          {t(texts.export)}
        </button>
      </div>
      <span className="toolbar-spacer" />
      <SaveStatus />
      <ServerOnly>
        <ServerToolbar />
      </ServerOnly>
      <LanguageSelect />
      <button
        type="button"
        onClick={onHelp}
        aria-label={t(texts.shortcuts)}
        title={t(texts.shortcuts)}
      >
        ?
      </button>
    </header>
  );
}

/**
 * Its own component, so the bar's re-render at every undo (the labels change)
 * leaves it alone: React writes a re-rendered <select>'s value into its
 * options, and Chromium then recalculates the page's style at once (2.3 ms of an
 * undo at 5,000 nodes, in the key's task).
 */
const LanguageSelect = memo(function LanguageSelect() {
  const t = useT();
  const lang = useLang();
  return (
    <label className="language">
      <span className="visually-hidden">{t(texts.language)}</span>
      <select
        value={lang}
        onChange={(e) => setLanguage(e.target.value as Lang)}
        aria-label={t(texts.language)}
      >
        <option value="nl">Nederlands</option>
        <option value="en">English</option>
      </select>
    </label>
  );
});
