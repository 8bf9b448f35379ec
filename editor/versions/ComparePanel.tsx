// Two versions side by side (or a version and the current card): a summary,
// every change in a sentence, layout changes counted, and the chart with
// what was added, removed and changed marked on it.
import { useEffect, useMemo, useState } from 'react';
import { diffCards, summarizeDiff } from '../../schema/diff';
import type { Card } from '../../schema/types';
import { useCard, useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { CompareChart } from './CompareChart';
import type { VersionRow } from './version-rows';
import { formatDateTime, versionTexts as texts } from './version-texts';

/** A version's id, or 'working' for the card as it is now. */
export type CompareSide = string;
export const WORKING = 'working';

interface ComparePanelProps {
  versions: VersionRow[];
  older: CompareSide;
  newer: CompareSide;
  onChange: (older: CompareSide, newer: CompareSide) => void;
}

function useSideCard(side: CompareSide, versions: VersionRow[]): Card | null {
  const { versions: service } = useStudio();
  const working = useCard();
  const [stored, setStored] = useState<{ id: string; card: Card } | null>(null);
  const version = versions.find((v) => v.id === side);
  useEffect(() => {
    if (!version) return;
    let live = true;
    void service.history
      .cardOf(version)
      .then((card) => live && setStored({ id: version.id, card }));
    return () => {
      live = false;
    };
  }, [service, version]);
  if (side === WORKING) return working;
  return stored && stored.id === side ? stored.card : null;
}

export function ComparePanel({ versions, older, newer, onChange }: ComparePanelProps) {
  const t = useT();
  const lang = useLang();
  const olderCard = useSideCard(older, versions);
  const newerCard = useSideCard(newer, versions);
  const changes = useMemo(
    () => (olderCard && newerCard ? diffCards(olderCard, newerCard) : null),
    [olderCard, newerCard],
  );
  const content = changes?.filter((c) => !c.layout) ?? [];
  const layout = changes?.filter((c) => c.layout) ?? [];
  const option = (v: VersionRow) => (
    <option key={v.id} value={v.id}>
      {formatDateTime(v.createdAt, lang)}
      {v.message ? ` – ${v.message.slice(0, 60)}` : ''}
    </option>
  );
  const picker = (label: string, value: CompareSide, set: (side: CompareSide) => void) => (
    <label className="compare-pick">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value={WORKING}>{t(texts.working)}</option>
        {versions.map(option)}
      </select>
    </label>
  );
  return (
    <section className="compare-panel" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t(texts.compare)}</h3>
      <div className="compare-pickers">
        {picker(t(texts.older), older, (side) => onChange(side, newer))}
        <button type="button" onClick={() => onChange(newer, older)}>
          ⇄ {t(texts.swap)}
        </button>
        {picker(t(texts.newer), newer, (side) => onChange(older, side))}
      </div>
      {changes && (
        <div className="compare-result" data-testid="compare-result">
          <p className="compare-summary">
            <strong>{summarizeDiff(changes)[lang]}</strong>
          </p>
          {changes.length === 0 ? (
            <p>{t(texts.noChanges)}</p>
          ) : (
            <ul className="change-list">
              {content.map((c, i) => (
                <li key={i} className={`change change-${c.kind}`}>
                  {c.message[lang]}
                </li>
              ))}
              {layout.length > 0 && (
                <li className="change change-layout">
                  {t(texts.layout)} {summarizeDiff(layout)[lang]}
                </li>
              )}
            </ul>
          )}
          {olderCard && newerCard && (
            <CompareChart
              older={olderCard}
              newer={newerCard}
              changes={changes}
              viewKey={`${older}/${newer}`}
            />
          )}
        </div>
      )}
    </section>
  );
}
