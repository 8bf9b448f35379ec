import { useT, msg } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { keyLabel, shortcuts } from './shortcuts';
import { useObservable } from './studio-context';

const texts = msg({
  title: { nl: 'Sneltoetsen', en: 'Keyboard shortcuts' },
  close: { nl: 'Sluiten', en: 'Close' },
  or: { nl: 'of', en: 'or' },
});

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const list = useObservable(shortcuts);
  const groups = new Map<string, typeof list>();
  for (const s of list) groups.set(t(s.group), [...(groups.get(t(s.group)) ?? []), s]);
  return (
    <Dialog
      open={open}
      title={t(texts.title)}
      onClose={onClose}
      wide
      actions={
        <button type="button" className="primary" onClick={onClose}>
          {t(texts.close)}
        </button>
      }
    >
      {[...groups].map(([group, items]) => (
        <section key={group}>
          <h3>{group}</h3>
          <dl className="shortcut-list">
            {items.map((s) => (
              <div key={s.id}>
                <dt>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ` ${t(texts.or)} `}
                      <kbd>{keyLabel(k)}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{t(s.label)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}
