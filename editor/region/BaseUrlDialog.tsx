// "Update ophalen van een adres…": a base card published anywhere (the shared
// server's stable address, or a card.json on a region's own site) is fetched
// and read through the one load path, like a file, then shown in the base
// update dialog. The card's own origin address is suggested.
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { PlainField } from '../directory/fields';
import { useT } from '../i18n/i18n';
import { cardJsonUrl } from './base-update';
import { followTexts as texts } from './follow-texts';

interface BaseUrlDialogProps {
  open: boolean;
  suggested: string;
  onClose: () => void;
  onFetch: (url: string) => Promise<void>;
}

export function BaseUrlDialog({ open, suggested, onClose, onFetch }: BaseUrlDialogProps) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const value = url ?? suggested;
  const invalid = tried && cardJsonUrl(value) === null;
  const close = () => {
    setUrl(null);
    setTried(false);
    onClose();
  };
  const fetchIt = async () => {
    setTried(true);
    if (busy || cardJsonUrl(value) === null) return;
    setBusy(true);
    try {
      await onFetch(value.trim());
      close();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      title={t(texts.urlTitle)}
      onClose={close}
      actions={
        <>
          <button type="button" onClick={close}>
            {t(texts.cancel)}
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void fetchIt()}>
            {busy ? t(texts.fetching) : t(texts.fetch)}
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void fetchIt();
        }}
      >
        <PlainField
          label={t(texts.urlLabel)}
          type="url"
          value={value}
          autoFocus
          hint={t(texts.urlHint)}
          error={invalid ? texts.urlInvalid : null}
          onChange={setUrl}
        />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
