// The three downloads of a release, and the list of the card's releases: in
// this browser, or on the shared server with their stable addresses. A release
// is checked against its hash before it is listed as sound or downloaded: one
// changed after publishing is flagged and not handed out.
import { useEffect, useState } from 'react';
import { releaseIntact } from '../../schema/hash';
import type { Card } from '../../schema/types';
import { useLang, useT } from '../i18n/i18n';
import type { ReleaseLink } from '../sync/publishing-api';
import type { ReleaseRow } from '../versions/version-rows';
import { formatDateTime } from '../versions/version-texts';
import { PublishedAddresses } from './PublishedAddresses';
import { publishTexts as texts } from './publish-texts';
import { downloadRelease, type ReleaseDownload } from './release-downloads';

/** Whether a release is the content its hash says (null while checking, or when it cannot be). */
function useIntact(card: Card | undefined): boolean | null {
  const [intact, setIntact] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    if (card) void releaseIntact(card).then((result) => live && setIntact(result));
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

interface ReleaseDownloadsProps {
  version: string;
  /** The released card; a server release is fetched when it is first downloaded. */
  load: () => Promise<Card>;
  /** Other origins the published viewer may load ?card= from. */
  origins?: readonly string[] | undefined;
  /** The card when it is at hand (a release in this browser): checked before it is offered. */
  card?: Card | undefined;
}

export function ReleaseDownloads({ version, load, origins = [], card }: ReleaseDownloadsProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');
  const [refused, setRefused] = useState(false);
  const altered = useIntact(card) === false || refused;
  const get = (kind: ReleaseDownload) => {
    setBusy(true);
    setFailed('');
    void load()
      .then((loaded) => downloadRelease(loaded, kind, origins))
      .then((done) => setRefused(!done))
      .catch((error: unknown) => setFailed(String(error instanceof Error ? error.message : error)))
      .finally(() => setBusy(false));
  };
  const label = t(texts.releaseOf, { version });
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
  /** The card when it is in this browser: checked against its hash for the list. */
  card?: Card;
  origins?: readonly string[];
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
  card: r.card,
  origins: r.cardOrigins,
  subtitle: r.card.subtitle ?? '',
});

export function ReleaseList({ releases }: { releases: ReleaseItem[] }) {
  const t = useT();
  return (
    <section className="release-list" aria-labelledby="releases-heading">
      <h3 id="releases-heading">{t(texts.releases)}</h3>
      {releases.length === 0 ? (
        <p className="muted">{t(texts.noReleases)}</p>
      ) : (
        <ol>
          {releases.map((r, i) => (
            <ReleaseEntry key={r.id} release={r} latest={i === 0} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ReleaseEntry({ release: r, latest }: { release: ReleaseItem; latest: boolean }) {
  const t = useT();
  const lang = useLang();
  const altered = useIntact(r.card) === false;
  return (
    <li className={altered ? 'release-item altered' : 'release-item'}>
      <details open={latest && r.links !== undefined}>
        <summary>
          <strong>{t(texts.releaseOf, { version: r.version })}</strong> ·{' '}
          {formatDateTime(r.publishedAt, lang)}
          {r.by && ` · ${r.by}`}
          {latest && <span className="badge">{t(texts.latest)}</span>}
          {altered && <span className="badge badge-altered">⚠ {t(texts.alteredBadge)}</span>} ·{' '}
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
          (latest ? (
            <PublishedAddresses links={r.links} subtitle={r.subtitle} />
          ) : (
            <p>
              <a href={r.links.versionUrl} target="_blank" rel="noopener noreferrer">
                <code>{r.links.versionUrl}</code>
              </a>
            </p>
          ))}
        <ReleaseDownloads version={r.version} load={r.load} origins={r.origins} card={r.card} />
      </details>
    </li>
  );
}
