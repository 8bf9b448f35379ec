// The dialogs of review: offering the card for review with a message, and a
// colleague's decision (approve with an optional comment, or send back with
// the comment that says what should change). A refusal of the server is
// shown in the dialog, which stays open so nothing typed is lost.
import { useId, useState } from 'react';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useT } from '../i18n/i18n';
import type { LocalizedText } from '../../schema/problems';
import { errorText } from '../sync/error-text';
import { reviewTexts as texts } from './review-texts';
import { useServerSync } from '../sync/shared-workspace';

interface TextDialogProps {
  title: LocalizedText;
  intro?: LocalizedText;
  label: LocalizedText;
  hint?: LocalizedText;
  confirm: LocalizedText;
  required: boolean;
  maxLength: number;
  onClose: () => void;
  /** Does it; a thrown error is shown and the dialog stays open. */
  run: (text: string) => Promise<unknown>;
  done: LocalizedText;
}

function TextDialog(props: TextDialogProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');
  const blocked = busy || (props.required && text.trim() === '');
  const go = async () => {
    if (blocked) return;
    setBusy(true);
    setFailed('');
    try {
      await props.run(text);
      notify(t(props.done));
      props.onClose();
    } catch (error) {
      setFailed(t(texts.failed, { reason: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={t(props.title)}
      onClose={props.onClose}
      actions={
        <>
          <button type="button" onClick={props.onClose}>
            {t(texts.cancel)}
          </button>
          <button type="button" className="primary" disabled={blocked} onClick={() => void go()}>
            {t(props.confirm)}
          </button>
        </>
      }
    >
      <form
        className="versions-form"
        onSubmit={(e) => {
          e.preventDefault();
          void go();
        }}
      >
        {props.intro && <p>{t(props.intro)}</p>}
        <label htmlFor={id}>{t(props.label)}</label>
        <textarea
          id={id}
          value={text}
          rows={3}
          maxLength={props.maxLength}
          required={props.required}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {props.hint && (
          <p id={`${id}-hint`} className="muted">
            {t(props.hint)}
          </p>
        )}
        {failed && <p role="alert">{failed}</p>}
      </form>
    </Dialog>
  );
}

export function OfferDialog({ onClose }: { onClose: () => void }) {
  const sync = useServerSync();
  return (
    <TextDialog
      title={texts.offerTitle}
      intro={texts.offerIntro}
      label={texts.offerMessage}
      hint={texts.offerHint}
      confirm={texts.offerConfirm}
      required={false}
      maxLength={500}
      onClose={onClose}
      run={(message) => sync.publishing.offer(message)}
      done={texts.offered}
    />
  );
}

export function DecisionDialog({
  review,
  decision,
  onClose,
}: {
  review: string;
  decision: 'approve' | 'return';
  onClose: () => void;
}) {
  const sync = useServerSync();
  const approve = decision === 'approve';
  return (
    <TextDialog
      title={approve ? texts.approveTitle : texts.sendBackTitle}
      label={approve ? texts.approveComment : texts.sendBackComment}
      confirm={approve ? texts.approve : texts.sendBackConfirm}
      required={!approve}
      maxLength={2000}
      onClose={onClose}
      run={(comment) => sync.publishing.decide(review, decision, comment)}
      done={approve ? texts.approved : texts.sentBack}
    />
  );
}
