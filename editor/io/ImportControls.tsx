// Import by file picker and by dropping a file anywhere on the studio. A file
// that is not a card is refused with the first problems and where they are;
// nothing in the database changes then.
import { useEffect, useRef, useState } from 'react';
import { formatProblem, type Problem } from '../../schema/problems';
import { Dialog } from '../app/Dialog';
import { useStudio } from '../app/studio-context';
import { importCardFile } from '../cards/card-actions';
import { msg, useLang, useT } from '../i18n/i18n';

const importTexts = msg({
  import: { nl: 'Importeren…', en: 'Import…' },
  refusedTitle: {
    nl: 'Dit bestand kan niet geïmporteerd worden',
    en: 'This file cannot be imported',
  },
  refusedIntro: {
    nl: "'{file}' is geen bruikbare Kindreflex-kaart. Er is niets gewijzigd.",
    en: "'{file}' is not a usable Kindreflex card. Nothing was changed.",
  },
  more: { nl: 'En nog {n} andere problemen.', en: 'And {n} more problems.' },
  close: { nl: 'Sluiten', en: 'Close' },
  drop: { nl: 'Laat los om de kaart te importeren', en: 'Drop to import the card' },
});

const SHOWN = 10;

/** Opens the file picker; the toolbar and the Ctrl+O shortcut both call it. */
export const importRequests = { open: () => {} };

export function ImportControls() {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ file: string; problems: Problem[] } | null>(null);
  const [dragging, setDragging] = useState(false);

  const importFile = async (file: File) => {
    const outcome = await importCardFile(studio, file);
    if (!outcome.ok) setRefused({ file: file.name, problems: outcome.problems });
  };

  useEffect(() => {
    importRequests.open = () => input.current?.click();
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => e.relatedTarget === null && setDragging(false);
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void importFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t(importTexts.import)}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t(importTexts.drop)}
        </div>
      )}
      <Dialog
        open={refused !== null}
        title={t(importTexts.refusedTitle)}
        onClose={() => setRefused(null)}
        actions={
          <button type="button" className="primary" onClick={() => setRefused(null)}>
            {t(importTexts.close)}
          </button>
        }
      >
        {refused && (
          <div role="alert">
            <p>{t(importTexts.refusedIntro, { file: refused.file })}</p>
            <ul className="problem-list">
              {refused.problems.slice(0, SHOWN).map((p, i) => (
                <li key={i}>{formatProblem(p, lang)}</li>
              ))}
            </ul>
            {refused.problems.length > SHOWN && (
              <p>{t(importTexts.more, { n: refused.problems.length - SHOWN })}</p>
            )}
          </div>
        )}
      </Dialog>
    </>
  );
}
