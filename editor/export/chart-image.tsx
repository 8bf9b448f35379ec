/** @jsxImportSource preact */
// The chart as an SVG or PNG file, drawn by the viewer's own renderer, so an
// exported image looks exactly like the published card. Card text goes in as
// text nodes and is escaped by the serializer: nothing in a card becomes markup.
import { render } from 'preact';
import type { Card } from '../../schema/types';
import { ChartLayer } from '../../viewer/chart/chart-layer';
import { buildChart } from '../../viewer/chart/geometry';

const MARGIN = 16;
const FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";
// What the viewer's stylesheet does for arrow labels: a white halo over the lines.
const LABEL_STYLE =
  '.labels text{paint-order:stroke;stroke:#fff;stroke-width:5px;fill:#1b1f24;font-style:italic}';

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

export function chartSvg(card: Card): ChartImage {
  const model = buildChart(card);
  const { x, y, w, h } = model.bounds;
  const width = Math.ceil(w + 2 * MARGIN);
  const height = Math.ceil(h + 2 * MARGIN);
  const host = document.createElement('div');
  render(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`${x - MARGIN} ${y - MARGIN} ${width} ${height}`}
      font-family={FONT}
    >
      <title>{[card.title, card.subtitle].filter(Boolean).join(' ')}</title>
      <style>{LABEL_STYLE}</style>
      <rect x={x - MARGIN} y={y - MARGIN} width={width} height={height} fill="#ffffff" />
      <ChartLayer model={model} id="export" />
    </svg>,
    host,
  );
  const svg = new XMLSerializer().serializeToString(host.firstElementChild!);
  render(null, host);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}

/** The chart as PNG, at `scale` times its size (2 by default, sharp when printed or zoomed). */
export async function chartPng(card: Card, scale = 2): Promise<Blob> {
  const { svg, width, height } = chartSvg(card);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png'),
  );
}
