/** @jsxImportSource preact */
// Start-up: find the card (inline, ?card= or ./card.json), load it through
// the one load path, follow the URL's hash, and register the service worker
// for offline use (only over http(s): never on file://).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CardApp, Message } from './app';
import { setLang } from './i18n';
import { cardSource, INLINE_CARD_ID, loadFrom, type CardState } from './load';
import { parseRoute } from './route';
import './styles.css';

const inline = document.getElementById(INLINE_CARD_ID)?.textContent ?? null;
const source = cardSource(location.search, location.href, inline);

function Root() {
  const [state, setState] = useState<CardState>({ state: 'loading' });
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    void loadFrom(source).then(setState);
  }, []);
  // Before the children render: they read the UI words from i18n's live binding.
  setLang(route.lang);
  if (state.state !== 'ok') return <Message state={state} />;
  document.title = [state.card.title, state.card.subtitle].filter(Boolean).join(' – ');
  return <CardApp card={state.card} problems={state.problems} route={route} />;
}

render(<Root />, document.getElementById('app')!);

if (import.meta.env.PROD && /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator)
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline use is a bonus: the viewer works the same without it.
  });
