// Import by file picker and by dropping a file anywhere on the studio. A file
// that is not a card is refused with the first problems and where they are;
// nothing in the database changes then.
import { useEffect, useRef, useState } from 'react';
import { useStudio } from '../app/studio-context';
import { TaskStatus, type FileProgress } from '../app/TaskStatus';
import { IMPORT_STAGES, importCardFile } from '../cards/card-actions';
import { msg, useT } from '../i18n/i18n';
import { ImportRefused, type Refusal } from './ImportRefused';

const importTexts = msg({
  import: { nl: 'Importeren…', en: 'Import…' },
  drop: { nl: 'Laat los om de kaart te importeren', en: 'Drop to import the card' },
});

/** Opens the file picker; the toolbar and the Ctrl+O shortcut both call it. */
export const importRequests = { open: () => {} };

export function ImportControls() {
  const studio = useStudio();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<FileProgress | null>(null);

  const importFile = async (file: File) => {
    const stages = IMPORT_STAGES;
    try {
      const outcome = await importCardFile(studio, file, (stage) =>
        setProgress({ file: file.name, stage, stages }),
      );
      if (!outcome.ok) setRefused({ file: file.name, problems: outcome.problems });
    } finally {
      setProgress(null);
    }
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
      <TaskStatus progress={progress} />
      {refused && <ImportRefused refused={refused} onClose={() => setRefused(null)} />}
    </>
  );
}
