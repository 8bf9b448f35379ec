/** @jsxImportSource preact */
// The viewer's frame: the card's title, region and language, the four views,
// a notice for a card with errors, and the print copy. Messages for a card
// that was refused or could not be fetched, so the page is never blank.
import { Component } from 'preact';
import type { Problem } from '../schema/problems';
import type { Card } from '../schema/types';
import { ChartView } from './chart/chart-view';
import { buildChart } from './chart/geometry';
import { DirectoryView } from './directory/directory-view';
import { GuideView } from './guide-view';
import { CardTop } from './card-top';
import { lang, tr } from './i18n';
import type { CardState } from './load';
import { PrintCard, PrintHead } from './print-view';
import { initialRegion, rememberRegion } from './region';
import { formatRoute, type Route } from './route';
import { TextView } from './text-view';

function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul class="problems">
      {problems.map((p, i) => (
        <li key={i}>
          {p.message[lang]}{' '}
          <span class="where">
            ({tr('waar')}: <code>{p.pointer || '/'}</code>)
          </span>
        </li>
      ))}
    </ul>
  );
}

export function Message({ state }: { state: CardState }) {
  return (
    <main class="message">
      {state.state === 'loading' && <p role="status">{tr('De kaart wordt geladen…')}</p>}
      {state.state === 'refused' && (
        <div role="alert">
          <h1>{tr('Deze kaart kan niet getoond worden')}</h1>
          <ProblemList problems={state.problems} />
        </div>
      )}
      {state.state === 'failed' && (
        <div role="alert">
          <h1>{tr('De kaart kon niet geladen worden')}</h1>
          <p>
            {state.badUrl && tr('Alleen http(s)-adressen:')}
            {state.foreign &&
              tr('Deze kaart komt van een onbekende bron en wordt niet getoond:')}{' '}
            <code>{state.url}</code>
          </p>
          {!state.badUrl && !state.foreign && (
            <button type="button" onClick={() => location.reload()}>
              {tr('Opnieuw proberen')}
            </button>
          )}
        </div>
      )}
    </main>
  );
}

interface AppProps {
  card: Card;
  problems: Problem[];
  route: Route;
  /** The card is not the content its release.hash says. */
  altered?: boolean | undefined;
}

interface AppState {
  region?: string | undefined;
  /** The print copy is drawn after the chart is on screen, or when printing starts. */
  printable: boolean;
}

export class CardApp extends Component<AppProps, AppState> {
  // The app lives as long as its card (a new card remounts it), so the chart is built once.
  model = buildChart(this.props.card);
  override state: AppState = { region: initialRegion(this.props.card), printable: false };
  printMedia = matchMedia('print');
  print = () => this.setState({ printable: true });

  // The print copy is a second whole chart and the whole directory: drawing it with the
  // first frame made a phone wait for both. It follows once the page is idle, and at once
  // when printing starts (before the browser lays out the printed pages).
  override componentDidMount() {
    addEventListener('beforeprint', this.print);
    this.printMedia.addEventListener('change', this.print);
    requestAnimationFrame(() => setTimeout(this.print));
  }

  override componentWillUnmount() {
    removeEventListener('beforeprint', this.print);
    this.printMedia.removeEventListener('change', this.print);
  }

  override render({ card, problems, route, altered }: AppProps, { region, printable }: AppState) {
    const model = this.model;
    const errors = problems.filter((p) => p.severity === 'error');
    const href = (change: Partial<Route>) => formatRoute({ ...route, ...change });
    const chooseRegion = (id: string) => {
      this.setState({ region: id });
      rememberRegion(card, id);
    };
    const view = route.view;
    return (
      // With a situation chosen in "Stap voor stap", printing gives its checklist, not the card.
      <div class={`app view-${view}${view === 'gids' && route.stap ? ' print-guide' : ''}`}>
        <CardTop card={card} route={route} region={region} onRegion={chooseRegion} />
        {altered && (
          <p class="notice" role="alert">
            {tr('Let op: deze kaart is gewijzigd na de publicatie.')}
          </p>
        )}
        {errors.length > 0 && (
          <div class="notice" role="alert">
            <details>
              <summary>{tr('Let op: deze kaart bevat fouten.')}</summary>
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
          {view === 'gids' && <PrintHead card={card} region={region} />}
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
        {printable && <PrintCard card={card} model={model} region={region} />}
      </div>
    );
  }
}
