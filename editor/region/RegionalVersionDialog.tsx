// "Regionale versie maken…": asks the region's name and municipalities (and
// the new card's title), then derives, stores and opens the new card. Mounted
// once in the studio; the card list's menu and the directory view ask for it.
import { useEffect, useState } from 'react';
import type { Card } from '../../schema/types';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useObservable, useStudio } from '../app/studio-context';
import { nameList } from '../directory/field-rules';
import { PlainField } from '../directory/fields';
import { useT } from '../i18n/i18n';
import { regionTexts } from './region-texts';
import { baseCardFor, makeRegionalVersion, regionalVersionRequest } from './regional-version';

export function RegionalVersionDialog() {
  const studio = useStudio();
  const t = useT();
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
          <PlainField
            label={t(regionTexts.regionName)}
            value={region}
            autoFocus
            hint={t(regionTexts.regionNameHint)}
            error={nameError}
            onChange={setRegion}
          />
          <PlainField
            label={t(regionTexts.municipalities)}
            value={municipalities}
            multiline
            rows={3}
            hint={t(regionTexts.municipalitiesHint)}
            onChange={setMunicipalities}
          />
          <PlainField label={t(regionTexts.cardTitle)} value={title} onChange={setTitle} />
          {/* Enter in a field submits the form. */}
          <button type="submit" hidden />
        </form>
      )}
    </Dialog>
  );
}
