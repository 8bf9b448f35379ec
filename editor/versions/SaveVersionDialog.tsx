// "Versie bewaren": a message, and the author's name (asked once, then
// remembered in the preferences).
import { useId, useState } from 'react';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useObservable, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { versionTexts as texts } from './version-texts';

export function SaveVersionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { versions } = useStudio();
  const t = useT();
  const savedAuthor = useObservable(versions.author);
  const [message, setMessage] = useState('');
  const [author, setAuthor] = useState<string | null>(null);
  const messageId = useId();
  const authorId = useId();
  const name = author ?? savedAuthor;

  const save = async () => {
    if (name.trim() !== savedAuthor) await versions.setAuthor(name);
    const row = await versions.saveNamed(message);
    notify(t(row ? texts.saved : texts.unchanged));
    setMessage('');
    setAuthor(null);
    onClose();
  };

  return (
    <Dialog
      open={open}
      title={t(texts.saveTitle)}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t(texts.cancel)}
          </button>
          <button
            type="button"
            className="primary"
            disabled={message.trim() === ''}
            onClick={() => void save()}
          >
            {t(texts.save)}
          </button>
        </>
      }
    >
      <form
        className="versions-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (message.trim()) void save();
        }}
      >
        <label htmlFor={messageId}>{t(texts.message)}</label>
        <textarea
          id={messageId}
          value={message}
          rows={3}
          maxLength={2000}
          aria-describedby={`${messageId}-hint`}
          onChange={(e) => setMessage(e.target.value)}
        />
        <p id={`${messageId}-hint`} className="muted">
          {t(texts.messageHint)}
        </p>
        <label htmlFor={authorId}>{t(texts.author)}</label>
        <input
          id={authorId}
          value={name}
          maxLength={200}
          autoComplete="name"
          aria-describedby={`${authorId}-hint`}
          onChange={(e) => setAuthor(e.target.value)}
        />
        <p id={`${authorId}-hint`} className="muted">
          {t(texts.authorHint)}
        </p>
      </form>
    </Dialog>
  );
}
