// What a newer base card brings, and the choices it needs: the changes to the
// flow since the version the region took ("Scenario 3, stap 2 herschreven:
// …"), then per conflict (both sides changed the same step) a choice between
// the region's version and the base card's. Follow-up conflicts of a choice
// appear as soon as it is made. One button takes it all, as one undo step.
import { useMemo, useState } from 'react';
import { summarizeDiff } from '../../schema/diff/summary';
import { previewResolution, type ConflictChoices, type MergeSide } from '../../schema/merge';
import { formatProblem } from '../../schema/problems';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { takeUpdate, type BaseUpdateReading } from './base-update';
import { regionTexts } from './region-texts';

const SHOWN_PROBLEMS = 10;
const SIDES: MergeSide[] = ['regional', 'newBase'];

interface BaseUpdateDialogProps {
  reading: BaseUpdateReading | null;
  onClose: () => void;
}

export function BaseUpdateDialog({ reading, onClose }: BaseUpdateDialogProps) {
  const t = useT();
  const lang = useLang();
  if (!reading) return null;
  if (!reading.ok)
    return (
      <Dialog
        open
        title={t(regionTexts.updateTitle)}
        onClose={onClose}
        actions={
          <button type="button" className="primary" onClick={onClose}>
            {t(regionTexts.close)}
          </button>
        }
      >
        <div role="alert">
          <p>
            {reading.reason ? t(reading.reason) : t(regionTexts.refused, { file: reading.file })}
          </p>
          <ul className="problem-list">
            {reading.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>{formatProblem(p, lang)}</li>
            ))}
          </ul>
          {reading.problems.length > SHOWN_PROBLEMS && (
            <p>{t(regionTexts.more, { n: reading.problems.length - SHOWN_PROBLEMS })}</p>
          )}
        </div>
      </Dialog>
    );
  return <MergeDialog reading={reading} onClose={onClose} />;
}

function MergeDialog({
  reading,
  onClose,
}: {
  reading: BaseUpdateReading & { ok: true };
  onClose: () => void;
}) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const [choices, setChoices] = useState<ConflictChoices>({});
  const { result, newBase, baseChanges } = reading;
  const preview = useMemo(() => previewResolution(result, choices), [result, choices]);
  const same = result.regional.origin?.hash === result.newBaseHash;
  const shown = baseChanges.filter((c) => !c.layout);
  const layout = baseChanges.length - shown.length;
  const origin = result.regional.origin;
  const otherCard = origin && origin.cardId !== newBase.id;
  const take = () => {
    if (takeUpdate(studio, result, choices)) notify(t(regionTexts.taken));
    onClose();
  };

  return (
    <Dialog
      open
      wide
      title={t(regionTexts.updateTitle)}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {same ? t(regionTexts.close) : t(regionTexts.cancel)}
          </button>
          {!same && (
            <button type="button" className="primary" onClick={take}>
              {t(regionTexts.take)}
            </button>
          )}
        </>
      }
    >
      <div className="base-update">
        {otherCard && (
          <p className="warning-note" role="note">
            <span aria-hidden="true">⚠ </span>
            {t(regionTexts.otherCard, { id: newBase.id, base: origin.cardId })}
          </p>
        )}
        {same ? (
          <p>{t(regionTexts.sameBase)}</p>
        ) : (
          <>
            <p>{t(regionTexts.whatChanged, { title: newBase.title })}</p>
            {shown.length === 0 ? (
              <p>{t(regionTexts.noFlowChanges)}</p>
            ) : (
              <ul className="base-changes" data-testid="base-changes">
                {shown.map((c, i) => (
                  <li key={i}>{c.message[lang]}</li>
                ))}
              </ul>
            )}
            {layout > 0 && <p className="muted">{t(regionTexts.layoutOnly, { n: layout })}</p>}
          </>
        )}
        {preview.conflicts.length > 0 && (
          <section className="conflicts" data-testid="conflicts">
            <p>{t(regionTexts.conflictsIntro)}</p>
            {preview.conflicts.map((c) => (
              <fieldset key={c.id} className="conflict">
                <legend>{c.message[lang]}</legend>
                {SIDES.map((side) => (
                  <label key={side} className="radio">
                    <input
                      type="radio"
                      name={`conflict-${c.id}`}
                      checked={c.chosen === side}
                      onChange={() => setChoices((all) => ({ ...all, [c.id]: side }))}
                    />
                    {c.options[side][lang]}
                  </label>
                ))}
              </fieldset>
            ))}
          </section>
        )}
        {!same && (
          <>
            <p>{t(regionTexts.resultSummary, { summary: summarizeDiff(preview.changes)[lang] })}</p>
            <p className="muted">{t(regionTexts.keepsContacts)}</p>
          </>
        )}
      </div>
    </Dialog>
  );
}
