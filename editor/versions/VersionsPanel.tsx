// The "Versies" tab: save a version, publish, the history of the open card,
// the comparison of two versions, and the card's releases. A card of the
// shared workspace adds review ("nalezing") and publishes on the server, at
// stable addresses; a local card publishes in this browser.
import { useState } from 'react';
import { Observable } from '../state/observable';
import { useDocument, useObservable, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { PublishDialog } from '../publish/PublishDialog';
import { ReleaseList, localReleaseItem } from '../publish/ReleaseDownloads';
import { ReviewPanel } from '../publish/ReviewPanel';
import { ServerReleaseList } from '../publish/ServerReleaseList';
import { publishTexts } from '../publish/publish-texts';
import { reviewTexts } from '../publish/review-texts';
import { useLocalPublisher, useServerPublisher } from '../publish/use-publishers';
import type { OpenPublishing } from '../sync/card-publishing';
import type { Review } from '../sync/publishing-api';
import { ComparePanel, WORKING, type CompareSide } from './ComparePanel';
import { SaveVersionDialog } from './SaveVersionDialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { VersionList } from './VersionList';
import type { ReleaseRow, VersionRow } from './version-rows';
import { versionTexts as texts } from './version-texts';

const NOT_SHARED = new Observable<OpenPublishing | null>(null);
const ONLINE = new Observable(true);

export function VersionsPanel() {
  const studio = useStudio();
  const { versions: service } = studio;
  const t = useT();
  const doc = useDocument();
  const storageFailure = useObservable(studio.storageFailure);
  const link = useObservable(studio.sync.openLink);
  // Only the shared workspace's client links a card to the server: a local card never loads it.
  const client = link ? studio.sync.loaded() : null;
  const shared = useObservable(client?.publishing.open ?? NOT_SHARED);
  const online = useObservable(client?.connection.online ?? ONLINE);
  const rowId = doc ? service.rowId : null;
  const versions = useLiveQuery<VersionRow[], VersionRow[]>(
    () => (rowId ? service.history.list(rowId) : []),
    [rowId, service],
    [],
  );
  const releases = useLiveQuery<ReleaseRow[], ReleaseRow[]>(
    () => (rowId ? service.releases.list(rowId) : []),
    [rowId, service],
    [],
  );
  const [dialog, setDialog] = useState<'save' | 'publish' | null>(null);
  // A new key per opening gives the publish form fresh state.
  const [publishRound, setPublishRound] = useState(0);
  const [compare, setCompare] = useState<{ older: CompareSide; newer: CompareSide } | null>(null);
  const server = link !== null;
  const localPublisher = useLocalPublisher(releases);
  const serverPublisher = useServerPublisher(client, shared, dialog === 'publish');

  if (!rowId || storageFailure) return <p className="empty-state">{t(texts.noStorage)}</p>;
  const older = compare?.older ?? versions[0]?.id ?? WORKING;
  const newer = compare?.newer ?? WORKING;
  const openPublish = () => {
    setPublishRound((n) => n + 1);
    setDialog('publish');
  };
  // A beheerder publishes a server card; with review on, only an approved version.
  const beheerder = client?.roleOf(link) === 'beheerder';
  const approved = shared?.reviews.some((r) => r.status === 'approved') ?? false;
  const mayPublish =
    !server || (beheerder && shared !== null && (!shared.reviewRequired || approved));

  /** The reviewer reads the offered version against the latest release (or the first version). */
  const readReview = async (review: Review) => {
    await client?.history.refresh(rowId).catch(() => undefined);
    const list = await service.history.list(rowId);
    const released = shared?.releases[0]?.version;
    const baseline =
      list.find((v) => v.reason === 'published' && v.releaseVersion === released) ??
      list.findLast((v) => v.id !== review.versionId);
    setCompare(
      baseline
        ? { older: baseline.id, newer: review.versionId }
        : { older: review.versionId, newer: WORKING },
    );
    document.getElementById('compare-heading')?.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="versions-panel">
      <div className="versions-toolbar">
        <button type="button" className="primary" onClick={() => setDialog('save')}>
          {t(texts.save)}
        </button>
        {(!server || beheerder) && (
          <button
            type="button"
            disabled={!mayPublish}
            aria-describedby={mayPublish ? undefined : 'publish-needs-approval'}
            onClick={openPublish}
          >
            {t(publishTexts.publish)}
          </button>
        )}
        {server && beheerder && !mayPublish && (
          <span id="publish-needs-approval" className="muted">
            {t(reviewTexts.needsApproval)}
          </span>
        )}
      </div>
      <div className="versions-columns">
        <section className="versions-history" aria-labelledby="versions-history-heading">
          <h3 id="versions-history-heading">{t(texts.history)}</h3>
          <VersionList
            versions={versions}
            onCompare={(v) => setCompare({ older: v.id, newer: WORKING })}
          />
        </section>
        <div className="versions-side">
          {shared && (
            <ReviewPanel
              state={shared}
              onRead={(review) => void readReview(review)}
              onPublish={openPublish}
            />
          )}
          <ComparePanel
            versions={versions}
            older={older}
            newer={newer}
            onChange={(o, n) => setCompare({ older: o, newer: n })}
          />
          {server ? (
            shared ? (
              <ServerReleaseList releases={shared.releases} />
            ) : (
              <p className="muted">{t(online ? reviewTexts.loading : reviewTexts.offline)}</p>
            )
          ) : (
            <ReleaseList releases={releases.map(localReleaseItem)} />
          )}
        </div>
      </div>
      <SaveVersionDialog open={dialog === 'save'} onClose={() => setDialog(null)} />
      <PublishDialog
        key={publishRound}
        open={dialog === 'publish'}
        onClose={() => setDialog(null)}
        publisher={server ? serverPublisher : localPublisher}
      />
    </div>
  );
}
