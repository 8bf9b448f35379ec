// Search and filters above the directory: text (name, service, municipality,
// role), audience, and "not checked in the last year". The count of partners
// shown is announced politely as it changes.
import { useId } from 'react';
import { AUDIENCE_LABELS } from '../../schema/directory-text';
import type { Audience } from '../../schema/types';
import { useT } from '../i18n/i18n';
import { isFiltering, NO_FILTER, type DirectoryFilter } from './directory-filter';
import { dirTexts } from './directory-texts';

interface DirectoryFilterBarProps {
  filter: DirectoryFilter;
  onChange: (filter: DirectoryFilter) => void;
  shown: number;
  total: number;
}

export function DirectoryFilterBar({ filter, onChange, shown, total }: DirectoryFilterBarProps) {
  const t = useT();
  const id = useId();
  const set = (changes: Partial<DirectoryFilter>) => onChange({ ...filter, ...changes });
  const filtering = isFiltering(filter);
  return (
    <div className="directory-filter" role="search" aria-label={t(dirTexts.search)}>
      <div className="field">
        <label htmlFor={`${id}-query`}>{t(dirTexts.search)}</label>
        <input
          id={`${id}-query`}
          type="search"
          value={filter.query}
          placeholder={t(dirTexts.searchHint)}
          aria-describedby={`${id}-count`}
          onChange={(e) => set({ query: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-audience`}>{t(dirTexts.audience)}</label>
        <select
          id={`${id}-audience`}
          value={filter.audience}
          onChange={(e) => set({ audience: e.target.value as Audience | '' })}
        >
          <option value="">{t(dirTexts.allAudiences)}</option>
          {(Object.keys(AUDIENCE_LABELS) as Audience[]).map((a) => (
            <option key={a} value={a}>
              {t(AUDIENCE_LABELS[a])}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.staleOnly}
          onChange={(e) => set({ staleOnly: e.target.checked })}
        />
        {t(dirTexts.staleOnly)}
      </label>
      <p id={`${id}-count`} className="filter-count" role="status">
        {filtering ? t(dirTexts.shown, { n: shown, total }) : ''}
        {filtering && shown === 0 && ` ${t(dirTexts.noMatches)}`}
      </p>
      {filtering && (
        <>
          <button type="button" onClick={() => onChange(NO_FILTER)}>
            {t(dirTexts.clearFilter)}
          </button>
          <p className="muted filter-note">{t(dirTexts.reorderOff)}</p>
        </>
      )}
    </div>
  );
}
