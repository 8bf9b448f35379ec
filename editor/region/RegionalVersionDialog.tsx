// "Regionale versie maken…": asks the region's name and municipalities (and
// the new card's title), then derives, stores and opens the new card. Mounted
// once in the studio; the card list's menu and the directory view ask for it.
import { useEffect, useId, useState } from 'react';
import type { Card } from '../../schema/types';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useObservable, useStudio } from '../app/studio-context';
import { nameList } from '../directory/field-rules';
import { FieldError } from '../directory/fields';
import { useT } from '../i18n/i18n';
import { regionTexts } from './region-texts';
import { baseCardFor, makeRegionalVersion, regionalVersionRequest } from './regional-version';

export function RegionalVersionDialog() {
  const studio = useStudio();
  const t = useT();
  const id = useId();
  const request = useObservable(regionalVersionRequest);
  const [base, setBase] = useState<Card | null>(null);
  const [region, setRegion] = useState('');
  const [municipalities, setMunicipalities] = useState('');
  const [title, setTitle] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!request) return;
    let current = true;
    void baseCardFor(studio, request.rowId).then((card) => {
      if (!current) return;
      if (!card) {
        regionalVersionRequest.set(null);
        notify(t(regionTexts.baseUnavailable));
        return;
      }
      setBase(card);
      setRegion('');
      setMunicipalities('');
      setTitle(card.title);
      setTried(false);
    });
    return () => {
      current = false;
    };
  }, [request, studio, t]);

  const close = () => {
    regionalVersionRequest.set(null);
    setBase(null);
  };
  const make = async () => {
    setTried(true);
    if (!base || region.trim() === '' || busy) return;
    setBusy(true);
    try {
      const list = nameList.parse(municipalities);
      await makeRegionalVersion(studio, base, {
        region: region.trim(),
        municipalities: list.ok ? [...new Set(list.value ?? [])] : [],
        title,
      });
      notify(t(regionTexts.made, { region: region.trim(), title: base.title }));
      close();
    } finally {
      setBusy(false);
    }
  };
  const nameError = tried && region.trim() === '' ? regionTexts.nameRequired : null;

  return (
    <Dialog
      open={request !== null && base !== null}
      title={t(regionTexts.dialogTitle)}
      onClose={close}
      actions={
        <>
          <button type="button" onClick={close}>
            {t(regionTexts.cancel)}
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void make()}>
            {t(regionTexts.make)}
          </button>
        </>
      }
    >
      {base && (
        <form
          className="regional-form"
          onSubmit={(e) => {
            e.preventDefault();
            void make();
          }}
        >
          <p>
            {t(regionTexts.basedOn, {
              title: [base.title, base.subtitle].filter(Boolean).join(' – '),
            })}
          </p>
          <div className="field">
            <label htmlFor={`${id}-region`}>{t(regionTexts.regionName)}</label>
            <input
              id={`${id}-region`}
              value={region}
              autoFocus
              required
              aria-invalid={nameError ? true : undefined}
              aria-describedby={`${id}-region-hint${nameError ? ` ${id}-region-error` : ''}`}
              onChange={(e) => setRegion(e.target.value)}
            />
            <span id={`${id}-region-hint`} className="field-hint">
              {t(regionTexts.regionNameHint)}
            </span>
            <FieldError id={`${id}-region-error`} error={nameError} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-municipalities`}>{t(regionTexts.municipalities)}</label>
            <textarea
              id={`${id}-municipalities`}
              rows={3}
              value={municipalities}
              aria-describedby={`${id}-municipalities-hint`}
              onChange={(e) => setMunicipalities(e.target.value)}
            />
            <span id={`${id}-municipalities-hint`} className="field-hint">
              {t(regionTexts.municipalitiesHint)}
            </span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t(regionTexts.cardTitle)}</label>
            <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          {/* Enter in a field submits the form. */}
          <button type="submit" hidden />
        </form>
      )}
    </Dialog>
  );
}
