// Repair mode in the workspace, for a card that does not open: what is wrong
// and where, the automatic repair with every change listed before it is made,
// the last version that opens, and the raw JSON.
import { useEffect, useState } from 'react';
import { describeWhere } from '../../schema/where';
import { notify } from '../app/notices';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { formatDateTime, reasonLabel } from '../versions/version-texts';
import { repairTexts as texts } from './repair-texts';
import {
  applyRepair,
  exportRaw,
  openPrevious,
  prepareRepair,
  type RepairOutcome,
  type RepairView,
} from './repair-service';

/** Long lists are cut here and the rest counted. */
const SHOWN = 40;

function Listed<T>({ items, render }: { items: T[]; render: (item: T) => string }) {
  const t = useT();
  const rest = items.length - SHOWN;
  return (
    <ul className="repair-list">
      {items.slice(0, SHOWN).map((item, i) => (
        <li key={i}>{render(item)}</li>
      ))}
      {rest > 0 && <li>{t(texts.more, { n: rest })}</li>}
    </ul>
  );
}

export function RepairPanel({ rowId }: { rowId: string }) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const [view, setView] = useState<RepairView | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void prepareRepair(studio, rowId).then((v) => live && setView(v));
    return () => {
      live = false;
    };
  }, [studio, rowId]);
  if (!view) return <p className="empty-state">{t(texts.loading)}</p>;

  const { row, plan, previous } = view;
  const title = row.title.trim() || t(texts.untitled);
  const run = async (action: (s: typeof studio, v: RepairView) => Promise<RepairOutcome>) => {
    setBusy(true);
    const outcome = await action(studio, view);
    setBusy(false);
    if (outcome.ok) notify(t(texts.done, { title: studio.store.getState()?.card.title ?? title }));
    else {
      notify(t(texts.changedMeanwhile));
      setView(await prepareRepair(studio, rowId));
    }
  };
  const where = (pointer: string) => describeWhere(row.card, pointer)[lang];
  return (
    <section className="repair-panel" aria-labelledby="repair-heading">
      <h2 id="repair-heading">{t(texts.heading, { title })}</h2>
      <p>{t(texts.intro)}</p>
      <h3>{t(texts.problems, { n: plan.problems.length })}</h3>
      <Listed items={plan.problems} render={(p) => `${where(p.pointer)}: ${p.message[lang]}`} />

      <div className="repair-choice">
        <h3>{t(texts.repairHeading)}</h3>
        {plan.card ? (
          <>
            <p>{t(texts.repairIntro, { n: plan.steps.length })}</p>
            <Listed items={plan.steps} render={(s) => `${s.where[lang]}: ${s.what[lang]}`} />
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void run(applyRepair)}
            >
              {t(texts.repair)}
            </button>
          </>
        ) : (
          <>
            <p>{t(texts.cannotRepair)}</p>
            <Listed
              items={plan.remaining}
              render={(p) => `${where(p.pointer)}: ${p.message[lang]}`}
            />
          </>
        )}
      </div>

      <div className="repair-choice">
        <h3>{t(texts.previousHeading)}</h3>
        {previous ? (
          <>
            <p>
              {t(texts.previousText, {
                date: formatDateTime(previous.version.createdAt, lang),
                reason: t(reasonLabel(previous.version.reason)),
              })}
            </p>
            <button type="button" disabled={busy} onClick={() => void run(openPrevious)}>
              {t(texts.previous)}
            </button>
          </>
        ) : (
          <p className="muted">{t(texts.noPrevious)}</p>
        )}
      </div>

      <div className="repair-choice">
        <h3>{t(texts.exportHeading)}</h3>
        <p>{t(texts.exportText)}</p>
        <button type="button" onClick={() => exportRaw(row)}>
          {t(texts.export)}
        </button>
      </div>
      <p className="muted">{t(texts.kept)}</p>
    </section>
  );
}
