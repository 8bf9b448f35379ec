/** @jsxImportSource preact */
// The viewer's frame: the card's title, region and language, the four views,
// a notice for a card with errors, and the print copy. Messages for a card
// that was refused or could not be fetched, so the page is never blank.
import { useState } from 'preact/hooks';
import type { Problem } from '../schema/problems';
import type { Card } from '../schema/types';
import { ChartView } from './chart/chart-view';
import { buildChart } from './chart/geometry';
import { DirectoryView } from './directory/directory-view';
import { GuideView } from './guide-view';
import { lang, t } from './i18n';
import type { CardState } from './load';
import { PrintCard } from './print-view';
import { initialRegion, RegionPicker, rememberRegion } from './region';
import { formatRoute, VIEWS, type Route } from './route';
import { TextView } from './text-view';

function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul class="problems">
      {problems.map((p, i) => (
        <li key={i}>
          {p.message[lang]}{' '}
          <span class="where">
            ({t.where}: <code>{p.pointer || '/'}</code>)
          </span>
        </li>
      ))}
    </ul>
  );
}

export function Message({ state }: { state: CardState }) {
  return (
    <main class="message">
      {state.state === 'loading' && <p role="status">{t.loading}</p>}
      {state.state === 'refused' && (
        <div role="alert">
          <h1>{t.refused}</h1>
          <ProblemList problems={state.problems} />
        </div>
      )}
      {state.state === 'failed' && (
        <div role="alert">
          <h1>{t.failed}</h1>
          <p>
            {state.badUrl && t.badUrl} <code>{state.url}</code>
          </p>
          {!state.badUrl && (
            <button type="button" onClick={() => location.reload()}>
              {t.retry}
            </button>
          )}
        </div>
      )}
    </main>
  );
}

export function CardApp(props: { card: Card; problems: Problem[]; route: Route }) {
  const { card, route } = props;
  // CardApp lives as long as its card (a new card remounts it), so the chart is built once.
  const [model] = useState(() => buildChart(card));
  const [region, setRegion] = useState(() => initialRegion(card));
  const errors = props.problems.filter((p) => p.severity === 'error');
  const href = (change: Partial<Route>) => formatRoute({ ...route, ...change });
  const chooseRegion = (id: string) => {
    setRegion(id);
    rememberRegion(card, id);
  };
  const view = route.view;
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <div class={`app view-${view}`}>
      <header class="top">
        <h1>
          {card.title}
          {card.subtitle && <span class="sub"> {card.subtitle}</span>}
        </h1>
        {card.regions.length > 1 && (
          <RegionPicker card={card} region={region} onChange={chooseRegion} />
        )}
        <a href={href({ lang: other })} lang={other}>
          {t.otherLang}
        </a>
      </header>
      <nav class="tabs" aria-label={t.viewsLabel}>
        {VIEWS.map((v) => (
          <a key={v} href={href({ view: v })} aria-current={v === view ? 'page' : undefined}>
            {t.views[v]}
          </a>
        ))}
      </nav>
      {errors.length > 0 && (
        <div class="notice" role="alert">
          <details>
            <summary>{t.errorsNotice}</summary>
            <ProblemList problems={errors} />
          </details>
        </div>
      )}
      <main id="main" tabIndex={-1} class={view === 'kaart' ? '' : 'page'}>
        {view === 'kaart' && (
          <ChartView
            card={card}
            model={model}
            region={region}
            selected={route.knoop}
            onSelect={(knoop) => (location.hash = href({ knoop }))}
          />
        )}
        {view === 'gids' && (
          <GuideView
            card={card}
            region={region}
            stap={route.stap}
            href={(stap) => href({ stap })}
          />
        )}
        {view === 'adressen' && <DirectoryView card={card} region={region} />}
        {view === 'tekst' && <TextView card={card} region={region} />}
      </main>
      <PrintCard card={card} model={model} region={region} />
    </div>
  );
}
