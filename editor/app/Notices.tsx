import { msg, useT } from '../i18n/i18n';
import { dismiss, notices } from './notices';
import { useObservable } from './studio-context';

const texts = msg({ close: { nl: 'Melding sluiten', en: 'Close notice' } });

export function Notices() {
  const t = useT();
  const list = useObservable(notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {list.map((n) => (
        <div key={n.id} className="notice">
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              onClick={() => {
                dismiss(n.id);
                n.action?.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon"
            aria-label={t(texts.close)}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
