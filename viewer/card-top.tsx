/** @jsxImportSource preact */
// The top of the viewer's page: the card's title, region and language, and the
// four views. Drawn by the app and, as still markup, in a published page
// before the viewer's script runs (publish/snapshot.tsx), so both look the same.
import type { Card } from '../schema/types';
import { lang, tr, VIEW_NAMES } from './i18n';
import { RegionPicker } from './region';
import { formatRoute, VIEWS, type Route } from './route';

export function CardTop(props: {
  card: Card;
  route: Route;
  region: string | undefined;
  onRegion: (id: string) => void;
}) {
  const { card, route, region, onRegion } = props;
  const href = (change: Partial<Route>) => formatRoute({ ...route, ...change });
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <>
      <header class="top">
        <h1>
          {card.title}
          {card.subtitle && <span class="sub"> {card.subtitle}</span>}
        </h1>
        {card.regions.length > 1 && (
          <RegionPicker card={card} region={region} onChange={onRegion} />
        )}
        <a href={href({ lang: other })} lang={other}>
          {other === 'en' ? 'English' : 'Nederlands'}
        </a>
      </header>
      <nav class="tabs" aria-label={tr('Weergave')}>
        {VIEWS.map((v) => (
          <a key={v} href={href({ view: v })} aria-current={v === route.view ? 'page' : undefined}>
            {tr(VIEW_NAMES[v])}
          </a>
        ))}
      </nav>
    </>
  );
}
