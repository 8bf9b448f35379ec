// The three downloads of a release, and the list of the card's releases.
import { useState } from 'react';
import { useLang, useT } from '../i18n/i18n';
import type { ReleaseRow } from '../versions/version-rows';
import { formatDateTime } from '../versions/version-texts';
import { publishTexts as texts } from './publish-texts';
import { downloadRelease, type ReleaseDownload } from './release-downloads';

export function ReleaseDownloads({ release }: { release: ReleaseRow }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const get = (kind: ReleaseDownload) => {
    setBusy(true);
    void downloadRelease(release.card, kind, release.cardOrigins).finally(() => setBusy(false));
  };
  const label = t(texts.releaseOf, { version: release.version });
  return (
    <div className="release-downloads" role="group" aria-label={`${t(texts.downloads)}: ${label}`}>
      <button type="button" disabled={busy} onClick={() => get('json')}>
        {t(texts.downloadJson)}
      </button>
      <button type="button" disabled={busy} onClick={() => get('zip')}>
        {t(texts.downloadZip)}
      </button>
      <button type="button" disabled={busy} onClick={() => get('html')}>
        {t(texts.downloadHtml)}
      </button>
      <p className="muted">{t(texts.downloadsHint)}</p>
    </div>
  );
}

export function ReleaseList({ releases }: { releases: ReleaseRow[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="release-list" aria-labelledby="releases-heading">
      <h3 id="releases-heading">{t(texts.releases)}</h3>
      {releases.length === 0 ? (
        <p className="muted">{t(texts.noReleases)}</p>
      ) : (
        <ol>
          {releases.map((r, i) => (
            <li key={r.id}>
              <details>
                <summary>
                  <strong>{t(texts.releaseOf, { version: r.version })}</strong> ·{' '}
                  {formatDateTime(r.publishedAt, lang)}
                  {i === 0 && <span className="badge">{t(texts.latest)}</span>} ·{' '}
                  {t(texts.changesCount, { n: r.card.release?.changes?.length ?? 0 })}
                </summary>
                {r.card.release?.notes && <p className="release-notes">{r.card.release.notes}</p>}
                {(r.card.release?.changes?.length ?? 0) > 0 && (
                  <ul>
                    {r.card.release!.changes!.map((c, j) => (
                      <li key={j}>{c}</li>
                    ))}
                  </ul>
                )}
                {r.acceptedWarnings.length > 0 && (
                  <p className="muted">
                    {t(texts.acceptedWarnings, { n: r.acceptedWarnings.length })}
                  </p>
                )}
                <ReleaseDownloads release={r} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
