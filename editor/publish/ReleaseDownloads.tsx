// The three downloads of a release, and the list of the card's releases: in
// this browser, or on the shared server with their stable addresses.
import { useState } from 'react';
import type { Card } from '../../schema/types';
import { useLang, useT } from '../i18n/i18n';
import type { ReleaseLink } from '../sync/publishing-api';
import type { ReleaseRow } from '../versions/version-rows';
import { formatDateTime } from '../versions/version-texts';
import { PublishedAddresses } from './PublishedAddresses';
import { publishTexts as texts } from './publish-texts';
import { downloadRelease, type ReleaseDownload } from './release-downloads';

interface ReleaseDownloadsProps {
  version: string;
  /** The released card; a server release is fetched when it is first downloaded. */
  load: () => Promise<Card>;
}

export function ReleaseDownloads({ version, load }: ReleaseDownloadsProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');
  const get = (kind: ReleaseDownload) => {
    setBusy(true);
    setFailed('');
    void load()
      .then((card) => downloadRelease(card, kind))
      .catch((error: unknown) => setFailed(String(error instanceof Error ? error.message : error)))
      .finally(() => setBusy(false));
  };
  const label = t(texts.releaseOf, { version });
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
      {failed && <p role="alert">{failed}</p>}
    </div>
  );
}

/** A release as the list shows it, from this browser's database or from the server. */
export interface ReleaseItem {
  id: string;
  version: string;
  /** ISO date-time. */
  publishedAt: string;
  by: string;
  notes: string;
  changes: string[];
  acceptedWarnings: number;
  load: () => Promise<Card>;
  /** Where the server publishes it (the newest one shows its addresses). */
  links?: ReleaseLink;
  subtitle: string;
}

export const localReleaseItem = (r: ReleaseRow): ReleaseItem => ({
  id: r.id,
  version: r.version,
  publishedAt: r.publishedAt,
  by: r.author,
  notes: r.card.release?.notes ?? '',
  changes: r.card.release?.changes ?? [],
  acceptedWarnings: r.acceptedWarnings.length,
  load: () => Promise.resolve(r.card),
  subtitle: r.card.subtitle ?? '',
});

export function ReleaseList({ releases }: { releases: ReleaseItem[] }) {
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
              <details open={i === 0 && r.links !== undefined}>
                <summary>
                  <strong>{t(texts.releaseOf, { version: r.version })}</strong> ·{' '}
                  {formatDateTime(r.publishedAt, lang)}
                  {r.by && ` · ${r.by}`}
                  {i === 0 && <span className="badge">{t(texts.latest)}</span>} ·{' '}
                  {t(texts.changesCount, { n: r.changes.length })}
                </summary>
                {r.notes && <p className="release-notes">{r.notes}</p>}
                {r.changes.length > 0 && (
                  <ul>
                    {r.changes.map((c, j) => (
                      <li key={j}>{c}</li>
                    ))}
                  </ul>
                )}
                {r.acceptedWarnings > 0 && (
                  <p className="muted">{t(texts.acceptedWarnings, { n: r.acceptedWarnings })}</p>
                )}
                {r.links &&
                  (i === 0 ? (
                    <PublishedAddresses links={r.links} subtitle={r.subtitle} />
                  ) : (
                    <p>
                      <a href={r.links.versionUrl} target="_blank" rel="noopener noreferrer">
                        <code>{r.links.versionUrl}</code>
                      </a>
                    </p>
                  ))}
                <ReleaseDownloads version={r.version} load={r.load} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
