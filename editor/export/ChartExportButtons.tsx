// "SVG" and "PNG": the chart of the open card as an image file. The renderer
// (the viewer's chart, in Preact) is loaded at the first export, not with the studio.
import { useStudio } from '../app/studio-context';
import { notify } from '../app/notices';
import { msg, useT } from '../i18n/i18n';
import { downloadBlob, downloadText, fileSlug, today } from '../io/download';

const texts = msg({
  svg: { nl: 'Schema exporteren als SVG', en: 'Export chart as SVG' },
  png: { nl: 'Schema exporteren als PNG', en: 'Export chart as PNG' },
  failed: {
    nl: 'Het schema kon niet als afbeelding bewaard worden.',
    en: 'The chart could not be saved as an image.',
  },
});

const renderer = () => import('./chart-image');

export function ChartExportButtons() {
  const studio = useStudio();
  const t = useT();
  const name = () => {
    const card = studio.store.getState()!.card;
    return `${fileSlug([card.title, card.subtitle].filter(Boolean).join(' '))}-schema-${today()}`;
  };
  const card = () => studio.store.getState()?.card;
  return (
    <>
      <button
        type="button"
        aria-label={t(texts.svg)}
        title={t(texts.svg)}
        onClick={() => {
          const open = card();
          if (open)
            renderer().then(
              ({ chartSvg }) => downloadText(`${name()}.svg`, chartSvg(open).svg, 'image/svg+xml'),
              () => notify(t(texts.failed)),
            );
        }}
      >
        SVG
      </button>
      <button
        type="button"
        aria-label={t(texts.png)}
        title={t(texts.png)}
        onClick={() => {
          const open = card();
          if (open)
            renderer()
              .then(({ chartPng }) => chartPng(open))
              .then(
                (blob) => downloadBlob(`${name()}.png`, blob),
                () => notify(t(texts.failed)),
              );
        }}
      >
        PNG
      </button>
    </>
  );
}
