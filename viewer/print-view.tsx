/** @jsxImportSource preact */
// What printing gives, whatever view is open: the card as people know it, on
// A4 landscape. Page one the chart fitted to the page, page two the directory
// in columns with the background information. Hidden on screen (styles.css).
import type { Card } from '../schema/types';
import type { ChartModel } from './chart/geometry';
import { ChartLayer } from './chart/chart-layer';
import { DirectorySections, Resources } from './directory/directory-view';
import { tr } from './i18n';

export function PrintCard(props: { card: Card; model: ChartModel; region: string | undefined }) {
  const { card, model, region } = props;
  const { x, y, w, h } = model.bounds;
  return (
    <div class="print">
      <section>
        <p>
          <strong>{card.flow.title ?? card.title}</strong> {card.subtitle}
        </p>
        <svg viewBox={`${x - 4} ${y - 4} ${w + 8} ${h + 8}`}>
          <ChartLayer model={model} id="print" />
        </svg>
      </section>
      <section>
        <p>
          <strong>{card.directory.title ?? tr('Adressen')}</strong> {card.subtitle}
        </p>
        <div class="print-columns">
          <DirectorySections card={card} region={region} />
          <Resources card={card} />
        </div>
      </section>
    </div>
  );
}
