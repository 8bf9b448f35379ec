// When the studio refuses an edit because the card could then no longer be
// opened (an empty title, a width out of range, more partners than a card
// holds): what was refused, which rule, and where, right under the toolbar.
import { describeWhere } from '../../schema/where';
import { msg, useLang, useT } from '../i18n/i18n';
import { useObservable, useStudio } from './studio-context';

const texts = msg({
  refused: {
    nl: 'Niet uitgevoerd: {what}. De kaart zou dan niet meer te openen zijn.',
    en: 'Not done: {what}. The card could then no longer be opened.',
  },
  more: { nl: 'en {n} andere problemen', en: 'and {n} other problems' },
  close: { nl: 'Melding sluiten', en: 'Close notice' },
});

/** At most this many problems are listed; the rest are counted. */
const SHOWN = 3;

export function RefusalNotice() {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const refusal = useObservable(studio.store.refusal);
  if (!refusal) return null;
  const shown = refusal.problems.slice(0, SHOWN);
  const rest = refusal.problems.length - shown.length;
  return (
    <div className="banner banner-warning refusal-notice" role="alert" data-testid="refusal">
      <div>
        <p>
          <strong>{t(texts.refused, { what: refusal.label[lang] })}</strong>
        </p>
        <ul>
          {shown.map((p, i) => (
            <li key={i}>
              {describeWhere(refusal.card, p.pointer)[lang]}: {p.message[lang]}
            </li>
          ))}
          {rest > 0 && <li>{t(texts.more, { n: rest })}</li>}
        </ul>
      </div>
      <button
        type="button"
        className="icon"
        aria-label={t(texts.close)}
        onClick={() => studio.store.refusal.set(null)}
      >
        ×
      </button>
    </div>
  );
}
