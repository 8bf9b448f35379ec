// The regional side of the open card, at the top of its directory: where it
// came from ("Afgeleid van ‘…’ (versie …, datum)"), taking an update of that
// base card, and making a regional version of this card in turn.
import { useRef, useState } from 'react';
import type { Card, Origin } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import type { Lang } from '../../schema/problems';
import { translate, useLang, useT } from '../i18n/i18n';
import { readBaseUpdate, type BaseUpdateReading } from './base-update';
import { BaseUpdateDialog } from './BaseUpdateDialog';
import { regionTexts } from './region-texts';
import { askRegionalVersion } from './regional-version';

export function originText(origin: Origin, lang: Lang): string {
  const version = origin.version
    ? translate(regionTexts.version, lang, { v: origin.version })
    : translate(regionTexts.unversioned, lang, { hash: origin.hash.slice(0, 8) });
  const date = origin.takenAt
    ? `, ${new Date(origin.takenAt).toLocaleDateString(lang === 'nl' ? 'nl-BE' : 'en-GB')}`
    : '';
  const title = origin.title ?? origin.cardId;
  return translate(regionTexts.derivedFrom, lang, { title, version, date });
}

export function RegionBar({ card }: { card: Card }) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<BaseUpdateReading | null>(null);
  const read = async (file: File) => {
    const current = studio.store.getState()?.card;
    if (current) setReading(await readBaseUpdate(file, current));
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
          <>
            <button type="button" onClick={() => input.current?.click()}>
              {t(regionTexts.takeUpdate)}
            </button>
            <input
              ref={input}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="base-update-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void read(file);
              }}
            />
          </>
        )}
        <button type="button" onClick={() => askRegionalVersion(null)}>
          {t(regionTexts.makeVersion)}
        </button>
      </span>
      <BaseUpdateDialog reading={reading} onClose={() => setReading(null)} />
    </div>
  );
}
