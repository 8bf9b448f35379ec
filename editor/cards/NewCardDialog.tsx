import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { useStudio } from '../app/studio-context';
import { msg, useT } from '../i18n/i18n';
import { cardTexts, createCard, type NewCardStart } from './card-actions';

const texts = msg({
  title: { nl: 'Nieuwe kaart', en: 'New card' },
  name: { nl: 'Titel', en: 'Title' },
  start: { nl: 'Beginnen met', en: 'Start from' },
  template: {
    nl: 'het sjabloon voor een regio (de gemeenschappelijke flow, een lege partnergids)',
    en: 'the template for a region (the common flow, an empty directory)',
  },
  empty: {
    nl: 'een lege kaart (alleen START en een einde)',
    en: 'an empty card (only START and an end)',
  },
  sample: { nl: 'de kaart van Zuid-Oost-Vlaanderen', en: 'the Zuid-Oost-Vlaanderen card' },
  create: { nl: 'Maken', en: 'Create' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
});

export function NewCardDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const studio = useStudio();
  const t = useT();
  const [title, setTitle] = useState('');
  const [start, setStart] = useState<NewCardStart>('template');
  const create = async () => {
    onClose();
    await createCard(studio, start, title.trim() || t(cardTexts.newCardTitle));
    setTitle('');
  };
  return (
    <Dialog
      open={open}
      title={t(texts.title)}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t(texts.cancel)}
          </button>
          <button type="button" className="primary" onClick={() => void create()}>
            {t(texts.create)}
          </button>
        </>
      }
    >
      <label className="field">
        {t(texts.name)}
        <input
          value={title}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t(cardTexts.newCardTitle)}
        />
      </label>
      <fieldset>
        <legend>{t(texts.start)}</legend>
        {(['template', 'empty', 'sample'] as const).map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="start"
              checked={start === option}
              onChange={() => setStart(option)}
            />
            {t(texts[option])}
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
