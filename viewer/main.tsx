/** @jsxImportSource preact */
// Start-up: find the card (inline, ?card= or ./card.json), load it through
// the one load path, follow the URL's hash, and register the service worker
// for offline use (only over http(s): never on file://).
import { Component, render } from 'preact';
import { CardApp, Message } from './app';
import { setLang } from './i18n';
import { releaseIntact } from '../schema/hash';
import {
  CARD_ORIGINS_META,
  cardSource,
  INLINE_CARD_ID,
  loadFrom,
  SNAPSHOT_ID,
  type CardState,
} from './load';
import { parseRoute, type Route } from './route';
import './styles.css';

const inline = document.getElementById(INLINE_CARD_ID)?.textContent ?? null;
const origins = document.querySelector<HTMLMetaElement>(`meta[name=${CARD_ORIGINS_META}]`);
const source = cardSource(location.search, location.href, inline, origins?.content.split(' '));
// Asked for before the first render, which then overlaps the network.
const loading = loadFrom(source);
/** A card that comes within this time shows without a loading line drawn first. */
const QUIET_MS = 300;
/** A published page's still chart (publish/snapshot.tsx), when its script showed it. */
const snapshot = document.getElementById(SNAPSHOT_ID);

interface RootState {
  card: CardState;
  route: Route;
  altered?: boolean;
  /** The loading line shows only once the card takes a moment (QUIET_MS). */
  slow?: boolean;
}

class Root extends Component<{}, RootState> {
  override state: RootState = { card: { state: 'loading' }, route: parseRoute(location.hash) };

  override componentDidMount() {
    addEventListener('hashchange', () => this.setState({ route: parseRoute(location.hash) }));
    // A still chart on screen says more than a loading line.
    const slow =
      snapshot?.hidden !== false && setTimeout(() => this.setState({ slow: true }), QUIET_MS);
    void loading.then(async (card) => {
      if (slow) clearTimeout(slow);
      // Gone in the same frame as the chart (or message) that replaces it is drawn.
      this.setState({ card }, () => snapshot?.remove());
      // A release is checked against its hash where the browser can (secure contexts).
      if (card.state === 'ok' && (await releaseIntact(card.card)) === false)
        this.setState({ altered: true });
    });
  }

  override render() {
    const { card, route, altered, slow } = this.state;
    // Before the children render: they read the UI words from i18n's live binding.
    setLang(route.lang);
    if (card.state === 'loading' && !slow) return null;
    if (card.state !== 'ok') return <Message state={card} />;
    document.title = [card.card.title, card.card.subtitle].filter(Boolean).join(' – ');
    return <CardApp card={card.card} problems={card.problems} route={route} altered={altered} />;
  }
}

render(<Root />, document.getElementById('app')!);

if (import.meta.env.PROD && /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator)
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline use is a bonus: the viewer works the same without it.
  });
