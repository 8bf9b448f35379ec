/** @jsxImportSource preact */
// What printing gives, whatever view is open: the card as people know it, on
// A4 landscape. Page one the chart filling the page (the sample's layout is
// as compact as the printed card, so its text prints at 7 pt or more), page
// two the directory in columns with the background information. Each page
// says which card, region and version it is. From "Stap voor stap" with a
// situation chosen, the guide prints instead (styles.css). Hidden on screen.
import type { Card } from '../schema/types';
import type { ChartModel } from './chart/geometry';
import { ChartLayer } from './chart/chart-layer';
import { DirectorySections, Resources } from './directory/directory-view';
import { formatDate, tr } from './i18n';

/** "versie 2026.1, 1 december 2026", or "niet gepubliceerd, afgedrukt op 30 november 2026". */
export function versionText(card: Card, done: 'afgedrukt op' | 'gekopieerd op'): string {
  const release = card.release;
  return release
    ? `${tr('versie')} ${release.version}, ${formatDate(release.publishedAt.slice(0, 10))}`
    : `${tr('niet gepubliceerd')}, ${tr(done)} ${formatDate(new Date().toISOString().slice(0, 10))}`;
}

/** "Kindreflex steekkaart · Zuid-Oost-Vlaanderen · versie 2026.1, 1 december 2026". */
export function PrintHead({ card, region }: { card: Card; region: string | undefined }) {
  const name = card.regions.find((r) => r.id === region)?.name ?? card.subtitle;
  return (
    <p class="print-head">
      <strong>{card.title}</strong> · {name} · {versionText(card, 'afgedrukt op')}
    </p>
  );
}

export function PrintCard(props: { card: Card; model: ChartModel; region: string | undefined }) {
  const { card, model, region } = props;
  const { x, y, w, h } = model.bounds;
  return (
    <div class="print">
      <section>
        <PrintHead card={card} region={region} />
        <svg viewBox={`${x - 2} ${y - 2} ${w + 4} ${h + 4}`}>
          <ChartLayer model={model} id="print" />
        </svg>
      </section>
      <section>
        <PrintHead card={card} region={region} />
        <div class="print-columns">
          <DirectorySections card={card} region={region} />
          <Resources card={card} />
        </div>
      </section>
    </div>
  );
}
