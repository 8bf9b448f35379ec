// What a CSV import would do, before it does anything: the partners it adds,
// the fields it changes (before → after), and, as the user chooses, the
// partners it keeps ("alleen toevoegen en bijwerken", the default) or deletes
// ("hele gids vervangen", shown first: a row missing from the sheet deletes
// that partner), and every bad row by its line number with the reason. Nothing is applied until the user
// confirms; a file with any error cannot be applied at all.
import {
  CSV_COLUMNS,
  type FieldChange,
  type ImportMode,
  type PartnerUpdate,
  type SectionPlacement,
} from '../../schema/csv';
import { WAY_IN_LABELS } from '../../schema/directory-text';
import { PARTNER_FIELDS } from '../../schema/diff/partner-fields';
import { formatProblem, type Lang } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { applyCsvImport, planChangesSomething, type CsvReading } from './csv-io';
import { csvTexts } from './csv-texts';

/** A field's value as the dialog shows it: phones as one line, role ids as names. */
function shownValue(change: FieldChange, side: 'before' | 'after', card: Card, lang: Lang): string {
  const value = change[side];
  if (value === undefined) return '';
  if (change.field === 'sections') {
    return (value as SectionPlacement[])
      .map((p) => {
        const title = card.directory.sections.find((s) => s.id === p.section)?.title ?? p.section;
        return p.wayIn ? `${title}: ${WAY_IN_LABELS[p.wayIn][lang]}` : title;
      })
      .join('; ');
  }
  return PARTNER_FIELDS[change.field]?.format(value, card)[lang] ?? String(value);
}

const fieldName = (field: string, lang: Lang): string =>
  PARTNER_FIELDS[field]?.name[lang] ?? (field === 'sections' ? csvTexts.sections[lang] : field);

interface CsvImportDialogProps {
  reading: CsvReading | null;
  onClose: () => void;
  /** The user chose what the file does: the reading is planned again in that mode. */
  onMode: (mode: ImportMode) => void;
}

function ModeChoice({ mode, onMode }: { mode: ImportMode; onMode: (mode: ImportMode) => void }) {
  const t = useT();
  const modes: [ImportMode, string][] = [
    ['merge', t(csvTexts.modeMerge)],
    ['replace', t(csvTexts.modeReplace)],
  ];
  return (
    <fieldset className="import-mode">
      <legend>{t(csvTexts.mode)}</legend>
      {modes.map(([value, label]) => (
        <label key={value} className="radio">
          <input
            type="radio"
            name="csv-import-mode"
            checked={mode === value}
            onChange={() => onMode(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function CsvImportDialog({ reading, onClose, onMode }: CsvImportDialogProps) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  // The mode chosen for this file shows at once; its plan comes from the worker a moment
  // later, and until then the old plan cannot be applied by mistake.
  const [chosen, setChosen] = useState<{ bytes: Uint8Array; mode: ImportMode } | null>(null);
  if (!reading) return null;
  const title = t(csvTexts.title, { file: reading.file });
  if (!reading.ok)
    return (
      <Dialog open title={title} onClose={onClose} actions={<CloseButton onClose={onClose} />}>
        <div role="alert">
          <p>{t(csvTexts.fileTooLarge)}</p>
          <p>{formatProblem(reading.problem, lang)}</p>
        </div>
      </Dialog>
    );
  const { plan, card } = reading;
  const errors = plan.problems.filter((p) => p.severity === 'error');
  const warnings = plan.problems.filter((p) => p.severity !== 'error');
  const mode = chosen?.bytes === reading.bytes ? chosen.mode : plan.mode;
  const canApply = plan.applicable && planChangesSomething(plan) && mode === plan.mode;
  const oneRemoved = plan.removed.length === 1;
  const apply = async () => {
    onClose();
    const applied = await applyCsvImport(studio, reading);
    notify(applied ? t(csvTexts.applied, { file: reading.file }) : t(csvTexts.notApplied));
  };

  return (
    <Dialog
      open
      wide
      title={title}
      onClose={onClose}
      actions={
        canApply ? (
          <>
            <button type="button" onClick={onClose}>
              {t(csvTexts.cancel)}
            </button>
            <button
              type="button"
              className={plan.removed.length > 0 ? 'danger' : 'primary'}
              onClick={() => void apply()}
            >
              {plan.removed.length > 0
                ? t(oneRemoved ? csvTexts.applyRemovingOne : csvTexts.applyRemoving, {
                    n: plan.removed.length,
                  })
                : t(csvTexts.apply)}
            </button>
          </>
        ) : (
          <CloseButton onClose={onClose} />
        )
      }
    >
      <div className="csv-import">
        {card.directory.partners.length > 0 && (
          <ModeChoice
            mode={mode}
            onMode={(next) => {
              setChosen({ bytes: reading.bytes, mode: next });
              onMode(next);
            }}
          />
        )}
        {errors.length > 0 && (
          <div role="alert" className="import-refused">
            <p>{t(csvTexts.refused)}</p>
            <ul className="problem-list" data-testid="csv-errors">
              {firstOf(errors).map((p, i) => (
                <li key={i}>{p.message[lang]}</li>
              ))}
            </ul>
            <More list={errors} />
          </div>
        )}
        {warnings.length > 0 && (
          <>
            <h3>{t(csvTexts.warnings)}</h3>
            <ul className="problem-list">
              {firstOf(warnings).map((p, i) => (
                <li key={i}>{p.message[lang]}</li>
              ))}
            </ul>
            <More list={warnings} />
          </>
        )}
        {plan.applicable && (
          <>
            <p className="import-summary">
              {planChangesSomething(plan)
                ? t(csvTexts.summary, {
                    added: plan.added.length,
                    changed: plan.changed.length,
                    removed: plan.removed.length,
                  })
                : t(csvTexts.nothing)}
            </p>
            {plan.removed.length > 0 && (
              <section className="import-removed" data-testid="csv-removed">
                <h3>
                  <span aria-hidden="true">⚠ </span>
                  {t(oneRemoved ? csvTexts.removedHeadingOne : csvTexts.removedHeading, {
                    n: plan.removed.length,
                  })}
                </h3>
                <p>{t(csvTexts.removedHint)}</p>
                <ul>
                  {firstOf(plan.removed).map((p) => (
                    <li key={p.id}>{p.organisation}</li>
                  ))}
                </ul>
                <More list={plan.removed} />
              </section>
            )}
            {plan.kept.length > 0 && (
              <section className="import-kept" data-testid="csv-kept">
                <p>
                  {t(plan.kept.length === 1 ? csvTexts.keptOne : csvTexts.kept, {
                    n: plan.kept.length,
                  })}
                </p>
                <ul>
                  {plan.kept.map((p) => (
                    <li key={p.id}>{p.organisation}</li>
                  ))}
                </ul>
              </section>
            )}
            {plan.added.length > 0 && (
              <section data-testid="csv-added">
                <h3>{t(csvTexts.addedHeading, { n: plan.added.length })}</h3>
                <ul>
                  {firstOf(plan.added).map((a) => (
                    <li key={a.partnerId}>
                      {a.partner.organisation}{' '}
                      <span className="muted">({t(csvTexts.line, { n: a.line })})</span>
                    </li>
                  ))}
                </ul>
                <More list={plan.added} />
              </section>
            )}
            {plan.changed.length > 0 && (
              <section data-testid="csv-changed">
                <h3>{t(csvTexts.changedHeading, { n: plan.changed.length })}</h3>
                {firstOf(plan.changed).map((c) => (
                  <ChangedPartner key={c.partnerId} card={card} update={c} lang={lang} />
                ))}
                <More list={plan.changed} />
              </section>
            )}
          </>
        )}
        <details className="csv-columns">
          <summary>{t(csvTexts.columnsSummary)}</summary>
          <p>{t(csvTexts.columnsIntro)}</p>
          <p>
            {CSV_COLUMNS.map((c) => (
              <code key={c.key}>{c.header.nl}</code>
            ))}
          </p>
        </details>
      </div>
    </Dialog>
  );
}

function ChangedPartner({ card, update, lang }: { card: Card; update: PartnerUpdate; lang: Lang }) {
  const t = useT();
  const name = card.directory.partners.find((p) => p.id === update.partnerId)?.organisation;
  return (
    <div className="import-changed">
      <h4>
        {name ?? update.partnerId}{' '}
        <span className="muted">({t(csvTexts.line, { n: update.line })})</span>
      </h4>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(csvTexts.field)}</th>
            <th scope="col">{t(csvTexts.before)}</th>
            <th scope="col">{t(csvTexts.after)}</th>
          </tr>
        </thead>
        <tbody>
          {update.fields.map((f) => (
            <tr key={f.field}>
              <th scope="row">{fieldName(f.field, lang)}</th>
              <td>{shownValue(f, 'before', card, lang) || t(csvTexts.empty)}</td>
              <td>{shownValue(f, 'after', card, lang) || t(csvTexts.empty)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A sheet of thousands of rows would make thousands of list items (seconds of
 * work for the page): each list shows its first hundred and says how many more.
 */
const SHOWN = 100;
const firstOf = <T,>(list: readonly T[]): readonly T[] => list.slice(0, SHOWN);

function More({ list }: { list: readonly unknown[] }) {
  const t = useT();
  if (list.length <= SHOWN) return null;
  return <p className="muted">{t(csvTexts.more, { n: list.length - SHOWN })}</p>;
}

function CloseButton({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <button type="button" className="primary" onClick={onClose}>
      {t(csvTexts.close)}
    </button>
  );
}
