// The regional side of the open card, at the top of its directory: where it
// came from ("Afgeleid van ‘…’ (versie …, datum)"), taking an update of that
// base card (from a file or a published address), and making a regional
// version of this card in turn.
import { useState } from 'react';
import type { Card, Origin } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { FilePickButton } from '../directory/controls';
import type { Lang } from '../../schema/problems';
import { formatDate, translate, useLang, useT } from '../i18n/i18n';
import { readBaseUpdate, type BaseSource, type BaseUpdateReading } from './base-update';
import { BaseUpdateDialog } from './BaseUpdateDialog';
import { BaseUrlDialog } from './BaseUrlDialog';
import { followTexts } from './follow-texts';
import { regionTexts } from './region-texts';
import { askRegionalVersion } from './regional-version';

function originText(origin: Origin, lang: Lang): string {
  const version = origin.version
    ? translate(regionTexts.version, lang, { v: origin.version })
    : translate(regionTexts.unversioned, lang, { hash: origin.hash.slice(0, 8) });
  const date = origin.takenAt ? `, ${formatDate(origin.takenAt, lang, 'date')}` : '';
  const title = origin.title ?? origin.cardId;
  return translate(regionTexts.derivedFrom, lang, { title, version, date });
}

export function RegionBar({ card }: { card: Card }) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const [reading, setReading] = useState<BaseUpdateReading | null>(null);
  const [askUrl, setAskUrl] = useState(false);
  const read = async (source: BaseSource) => {
    const current = studio.store.getState()?.card;
    if (current) setReading(await readBaseUpdate(source, current));
  };
  return (
    <div className="region-bar">
      {card.origin && (
        <p className="origin-line" data-testid="origin">
          {originText(card.origin, lang)}
        </p>
      )}
      <span className="region-tools">
        {card.origin && (
          <FilePickButton
            label={t(regionTexts.takeUpdate)}
            accept=".json,application/json"
            testId="base-update-input"
            onFile={(file) => void read({ file })}
          />
        )}
        {card.origin && (
          <button type="button" onClick={() => setAskUrl(true)}>
            {t(followTexts.fromUrl)}
          </button>
        )}
        <button type="button" onClick={() => askRegionalVersion(null)}>
          {t(regionTexts.makeVersion)}
        </button>
      </span>
      <BaseUpdateDialog reading={reading} onClose={() => setReading(null)} />
      <BaseUrlDialog
        open={askUrl}
        suggested={card.origin?.url ?? ''}
        onClose={() => setAskUrl(false)}
        onFetch={(url) => read({ url })}
      />
    </div>
  );
}
