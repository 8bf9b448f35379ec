/** @jsxImportSource preact */
// The chart as it opens, written into a published page as still markup, so a
// reader sees the card as soon as the HTML and CSS are in: on a phone at 4× CPU
// slowdown the viewer's script needs ~0.5 s more before it has drawn the chart
// itself. The viewer replaces it in the frame it draws its own
// (viewer/main.tsx). Rendered at publish time, in Node and in the studio alike.
//
// It is shown only where it is what the viewer will show: the chart view in
// Dutch (no hash), the page's own card (no ?card=). A small script beside it
// decides; where a site forbids inline scripts it stays hidden. It is inert and
// aria-hidden (neither focused nor read out: the viewer's chart is what a reader uses) and
// left out of print (the viewer's print copy is).
import { renderToString } from 'preact-render-to-string';
import type { Card } from '../../schema/types';
import { CardTop } from '../card-top';
import { ChartLayer } from '../chart/chart-layer';
import { ZoomButtons } from '../chart/chart-view';
import { buildChart, startBox } from '../chart/geometry';
import { MAX_FIT, PHONE_TOP, PHONE_ZOOM } from '../chart/pan-zoom';
import { SNAPSHOT_ID } from '../load';

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/**
 * The opening view of chart/pan-zoom.ts without script: the SVG's viewBox is the
 * chart's bounds, fitted into the pane by the browser (never past MAX_FIT); in a
 * pane narrower than WHOLE_FROM (styles.css), START at the top at PHONE_ZOOM.
 */
function StillChart({ card }: { card: Card }) {
  const model = buildChart(card);
  const { x, y, w, h } = model.bounds;
  const start = startBox(model);
  const place = [
    `--fit-w:${px(w * MAX_FIT)}`,
    `--fit-h:${px(h * MAX_FIT)}`,
    ...(start
      ? [
          `--phone-w:${px(w * PHONE_ZOOM)}`,
          `--phone-h:${px(h * PHONE_ZOOM)}`,
          `--phone-x:${px((start.x + start.w / 2 - x) * PHONE_ZOOM)}`,
          `--phone-y:${px(PHONE_TOP - (start.y - y) * PHONE_ZOOM)}`,
        ]
      : []),
  ];
  return (
    <div class="app view-kaart">
      <CardTop
        card={card}
        route={{ view: 'kaart', lang: 'nl' }}
        region={card.regions.length === 1 ? card.regions[0]!.id : undefined}
        onRegion={() => {}}
      />
      <main>
        <div class="chart-view">
          <div class="chart still">
            <svg
              class={start ? 'chart-still from-start' : 'chart-still'}
              viewBox={`${x} ${y} ${w} ${h}`}
              style={place.join(';')}
            >
              <ChartLayer model={model} id="still" />
            </svg>
            <ZoomButtons />
          </div>
        </div>
      </main>
    </div>
  );
}

/** Shows the still chart for the chart view in Dutch of the page's own card, and only then. */
const REVEAL =
  `if(/^#?$/.test(location.hash)&&!/[?&]card=/.test(location.search))` +
  `document.getElementById('${SNAPSHOT_ID}').hidden=false`;

/** The still chart's markup and the script that reveals it, as they go into the page. */
export function snapshotHtml(card: Card): string {
  const chart = renderToString(<StillChart card={card} />);
  return `<div id="${SNAPSHOT_ID}" hidden inert aria-hidden="true">${chart}</div><script>${REVEAL}</script>`;
}

/** The page with the card's still chart before the viewer's root (a page without one is kept). */
export function withSnapshot(html: string, card: Card): string {
  return html.replace('<div id="app">', () => `${snapshotHtml(card)}\n<div id="app">`);
}
