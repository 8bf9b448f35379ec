// The three downloads of a release, and the list of the card's releases. A
// release is checked against its hash before it is listed as sound or
// downloaded: one changed after publishing is flagged and not handed out.
import { useEffect, useState } from 'react';
import { releaseIntact } from '../../schema/hash';
import type { Card } from '../../schema/types';
import { useLang, useT } from '../i18n/i18n';
import type { ReleaseRow } from '../versions/version-rows';
import { formatDateTime } from '../versions/version-texts';
import { publishTexts as texts } from './publish-texts';
import { downloadRelease, type ReleaseDownload } from './release-downloads';

/** Whether a release is the content its hash says (null while checking, or when it cannot be). */
function useIntact(card: Card): boolean | null {
  const [intact, setIntact] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void releaseIntact(card).then((result) => live && setIntact(result));
    return () => {
      live = false;
    };
  }, [card]);
  return intact;
}

function Altered() {
  const t = useT();
  return (
    <p className="release-altered" role="alert">
      <span aria-hidden="true">⚠ </span>
      {t(texts.altered)}
    </p>
  );
}

export function ReleaseDownloads({ release }: { release: ReleaseRow }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  const altered = useIntact(release.card) === false || refused;
  const get = (kind: ReleaseDownload) => {
    setBusy(true);
    void downloadRelease(release.card, kind, release.cardOrigins)
      .then((done) => setRefused(!done))
      .finally(() => setBusy(false));
  };
  const label = t(texts.releaseOf, { version: release.version });
  return (
    <div className="release-downloads" role="group" aria-label={`${t(texts.downloads)}: ${label}`}>
      {altered && <Altered />}
      <button type="button" disabled={busy || altered} onClick={() => get('json')}>
        {t(texts.downloadJson)}
      </button>
      <button type="button" disabled={busy || altered} onClick={() => get('zip')}>
        {t(texts.downloadZip)}
      </button>
      <button type="button" disabled={busy || altered} onClick={() => get('html')}>
        {t(texts.downloadHtml)}
      </button>
      <p className="muted">{t(texts.downloadsHint)}</p>
    </div>
  );
}

export function ReleaseList({ releases }: { releases: ReleaseRow[] }) {
  const t = useT();
  return (
    <section className="release-list" aria-labelledby="releases-heading">
      <h3 id="releases-heading">{t(texts.releases)}</h3>
      {releases.length === 0 ? (
        <p className="muted">{t(texts.noReleases)}</p>
      ) : (
        <ol>
          {releases.map((r, i) => (
            <ReleaseItem key={r.id} release={r} latest={i === 0} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ReleaseItem({ release: r, latest }: { release: ReleaseRow; latest: boolean }) {
  const t = useT();
  const lang = useLang();
  const altered = useIntact(r.card) === false;
  return (
    <li className={altered ? 'release-item altered' : 'release-item'}>
      <details>
        <summary>
          <strong>{t(texts.releaseOf, { version: r.version })}</strong> ·{' '}
          {formatDateTime(r.publishedAt, lang)}
          {latest && <span className="badge">{t(texts.latest)}</span>}
          {altered && <span className="badge badge-altered">⚠ {t(texts.alteredBadge)}</span>} ·{' '}
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
          <p className="muted">{t(texts.acceptedWarnings, { n: r.acceptedWarnings.length })}</p>
        )}
        <ReleaseDownloads release={r} />
      </details>
    </li>
  );
}
