// "Regionale versie maken…": asks the region's name and municipalities (and
// the new card's title), then derives, stores and opens the new card. Mounted
// once in the studio; the card list's menu and the directory view ask for it.
import { useEffect, useState } from 'react';
import type { Card } from '../../schema/types';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useObservable, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { RegionFields, emptyDraft, regionInput, type RegionDraft } from './RegionFields';
import { regionTexts } from './region-texts';
import { baseCardFor, makeRegionalVersion, regionalVersionRequest } from './regional-version';

export function RegionalVersionDialog() {
  const studio = useStudio();
  const t = useT();
  const request = useObservable(regionalVersionRequest);
  const [base, setBase] = useState<Card | null>(null);
  const [draft, setDraft] = useState<RegionDraft>(emptyDraft(''));
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
      setDraft(emptyDraft(card.title));
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
    const input = regionInput(draft);
    if (!base || input.region === '' || busy) return;
    setBusy(true);
    try {
      await makeRegionalVersion(studio, base, input);
      notify(t(regionTexts.made, { region: input.region, title: base.title }));
      close();
    } finally {
      setBusy(false);
    }
  };

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
          <RegionFields base={base} draft={draft} onChange={setDraft} tried={tried} />
          {/* Enter in a field submits the form. */}
          <button type="submit" hidden />
        </form>
      )}
    </Dialog>
  );
}
