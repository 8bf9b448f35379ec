// Why a file could not be imported: its first problems and where they are.
// Nothing in the database changed. In the first load (1 kB): fetching it on a
// refusal made the refusal wait on the network (0.4 s, over 1 s on a busy machine).
import { formatProblem, type Problem } from '../../schema/problems';
import { Dialog } from '../app/Dialog';
import { msg, useLang, useT } from '../i18n/i18n';

const texts = msg({
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
});

const SHOWN = 10;

export interface Refusal {
  file: string;
  problems: Problem[];
}

export function ImportRefused({ refused, onClose }: { refused: Refusal; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <Dialog
      open
      title={t(texts.refusedTitle)}
      onClose={onClose}
      actions={
        <button type="button" className="primary" onClick={onClose}>
          {t(texts.close)}
        </button>
      }
    >
      <div role="alert">
        <p>{t(texts.refusedIntro, { file: refused.file })}</p>
        <ul className="problem-list">
          {refused.problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>{formatProblem(p, lang)}</li>
          ))}
        </ul>
        {refused.problems.length > SHOWN && (
          <p>{t(texts.more, { n: refused.problems.length - SHOWN })}</p>
        )}
      </div>
    </Dialog>
  );
}
