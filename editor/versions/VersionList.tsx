// The open card's versions, newest first: when, why, who, what; compare one
// with the current card, or restore it (after a confirmation).
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useStudio } from '../app/studio-context';
import type { Lang } from '../../schema/problems';
import { format, useLang, useT } from '../i18n/i18n';
import type { VersionRow } from './version-rows';
import { formatDateTime, reasonLabel, versionTexts as texts } from './version-texts';

interface VersionListProps {
  versions: VersionRow[];
  onCompare: (version: VersionRow) => void;
}

export function VersionList({ versions, onCompare }: VersionListProps) {
  const t = useT();
  const lang = useLang();
  const [restoring, setRestoring] = useState<VersionRow | null>(null);
  const byId = new Map(versions.map((v) => [v.id, v]));
  if (versions.length === 0) return <p className="muted">{t(texts.empty)}</p>;
  return (
    <>
      <ol className="version-list" aria-label={t(texts.history)}>
        {versions.map((v) => {
          const date = formatDateTime(v.createdAt, lang);
          const from = v.restoredFrom ? byId.get(v.restoredFrom) : undefined;
          return (
            <li
              key={v.id}
              className={`version version-${v.reason}`}
              aria-label={`${date}: ${t(reasonLabel(v.reason))}`}
            >
              <div className="version-head">
                <time dateTime={new Date(v.createdAt).toISOString()}>{date}</time>
                <span className="version-reason">{t(reasonLabel(v.reason))}</span>
                {v.releaseVersion && (
                  <span className="badge">
                    {t(texts.publishedAs, { version: v.releaseVersion })}
                  </span>
                )}
              </div>
              {v.message && <p className="version-message">{v.message}</p>}
              <p className="muted version-meta">
                {v.author && <span>{t(texts.by, { name: v.author })} · </span>}
                {from && (
                  <span>
                    {t(texts.restoredFrom, { date: formatDateTime(from.createdAt, lang) })} ·{' '}
                  </span>
                )}
                <span title={`${t(texts.hash)}: ${v.hash}`}>#{v.hash.slice(0, 8)}</span>
              </p>
              <div className="version-actions">
                <button type="button" onClick={() => onCompare(v)}>
                  {t(texts.compareWith)}
                </button>
                <button type="button" onClick={() => setRestoring(v)}>
                  {t(texts.restore)}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <RestoreDialog version={restoring} onClose={() => setRestoring(null)} />
    </>
  );
}

function RestoreDialog({ version, onClose }: { version: VersionRow | null; onClose: () => void }) {
  const { versions } = useStudio();
  const t = useT();
  const lang = useLang();
  const date = version ? formatDateTime(version.createdAt, lang) : '';
  const restore = async () => {
    if (!version) return;
    onClose();
    // The undo button's label, in both languages: the language may change before it is used.
    const label = (l: Lang) =>
      format(texts.restoreLabel[l], { date: formatDateTime(version.createdAt, l) });
    await versions.restore(version.id, { nl: label('nl'), en: label('en') });
    notify(t(texts.restored, { date }));
  };
  return (
    <Dialog
      open={version !== null}
      title={t(texts.restoreTitle)}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t(texts.cancel)}
          </button>
          <button type="button" className="primary" onClick={() => void restore()}>
            {t(texts.restore)}
          </button>
        </>
      }
    >
      <p>{t(texts.restoreBody, { date })}</p>
      {version?.message && <p className="version-message">{version.message}</p>}
    </Dialog>
  );
}
