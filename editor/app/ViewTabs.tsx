// The views of the open card as tabs (arrow keys move between them).
import { msg, useT } from '../i18n/i18n';
import type { StudioView } from './studio';
import { useObservable, useStudio } from './studio-context';

const texts = msg({
  views: { nl: 'Weergaven van de kaart', en: 'Card views' },
  flow: { nl: 'Stroomschema', en: 'Flowchart' },
  directory: { nl: 'Partnergids', en: 'Directory' },
  versions: { nl: 'Versies', en: 'Versions' },
});

const VIEWS: StudioView[] = ['flow', 'directory', 'versions'];

export function ViewTabs() {
  const studio = useStudio();
  const t = useT();
  const view = useObservable(studio.view);
  const move = (delta: number) => {
    const next = VIEWS[(VIEWS.indexOf(view) + delta + VIEWS.length) % VIEWS.length]!;
    studio.view.set(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t(texts.views)}>
      {VIEWS.map((v) => (
        <button
          key={v}
          id={`tab-${v}`}
          type="button"
          role="tab"
          aria-selected={view === v}
          aria-controls={`panel-${v}`}
          tabIndex={view === v ? 0 : -1}
          onClick={() => studio.view.set(v)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(1);
            if (e.key === 'ArrowLeft') move(-1);
          }}
        >
          {t(texts[v])}
        </button>
      ))}
    </div>
  );
}
