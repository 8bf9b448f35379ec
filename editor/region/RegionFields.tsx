// The fields of a new regional card, wherever it is made (from a card in this
// browser, or from the server's catalogue): the region's name (required), its
// municipalities and the new card's title, with what they say to the card.
import type { Card } from '../../schema/types';
import { nameList } from '../directory/text-rules';
import { PlainField } from '../directory/fields';
import { useT } from '../i18n/i18n';
import { regionTexts } from './region-texts';

export interface RegionDraft {
  region: string;
  municipalities: string;
  title: string;
}

export const emptyDraft = (title: string): RegionDraft => ({
  region: '',
  municipalities: '',
  title,
});

/** The draft as the new card takes it: trimmed, municipalities as a list without repeats. */
export function regionInput(draft: RegionDraft) {
  const list = nameList.parse(draft.municipalities);
  return {
    region: draft.region.trim(),
    municipalities: list.ok ? [...new Set(list.value ?? [])] : [],
    title: draft.title,
  };
}

interface RegionFieldsProps {
  base: Pick<Card, 'title' | 'subtitle'>;
  draft: RegionDraft;
  onChange: (draft: RegionDraft) => void;
  /** Making was tried: an empty region name says so. */
  tried: boolean;
}

export function RegionFields({ base, draft, onChange, tried }: RegionFieldsProps) {
  const t = useT();
  const set = (key: keyof RegionDraft) => (value: string) => onChange({ ...draft, [key]: value });
  return (
    <>
      <p>
        {t(regionTexts.basedOn, {
          title: [base.title, base.subtitle].filter(Boolean).join(' – '),
        })}
      </p>
      <PlainField
        label={t(regionTexts.regionName)}
        value={draft.region}
        autoFocus
        hint={t(regionTexts.regionNameHint)}
        error={tried && draft.region.trim() === '' ? regionTexts.nameRequired : null}
        onChange={set('region')}
      />
      <PlainField
        label={t(regionTexts.municipalities)}
        value={draft.municipalities}
        multiline
        rows={3}
        hint={t(regionTexts.municipalitiesHint)}
        onChange={set('municipalities')}
      />
      <PlainField label={t(regionTexts.cardTitle)} value={draft.title} onChange={set('title')} />
    </>
  );
}
