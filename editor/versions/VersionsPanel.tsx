// The "Versies" tab: save a version, publish, the history of the open card,
// the comparison of two versions, and the card's releases.
import { useState } from 'react';
import { useDocument, useObservable, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { PublishDialog } from '../publish/PublishDialog';
import { ReleaseList } from '../publish/ReleaseDownloads';
import { publishTexts } from '../publish/publish-texts';
import { ComparePanel, WORKING, type CompareSide } from './ComparePanel';
import { SaveVersionDialog } from './SaveVersionDialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { VersionList } from './VersionList';
import type { ReleaseRow, VersionRow } from './version-rows';
import { versionTexts as texts } from './version-texts';

export function VersionsPanel() {
  const studio = useStudio();
  const { versions: service } = studio;
  const t = useT();
  const doc = useDocument();
  const storageFailure = useObservable(studio.storageFailure);
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

  if (!rowId || storageFailure) return <p className="empty-state">{t(texts.noStorage)}</p>;
  const older = compare?.older ?? versions[0]?.id ?? WORKING;
  const newer = compare?.newer ?? WORKING;
  return (
    <div className="versions-panel">
      <div className="versions-toolbar">
        <button type="button" className="primary" onClick={() => setDialog('save')}>
          {t(texts.save)}
        </button>
        <button
          type="button"
          onClick={() => {
            setPublishRound((n) => n + 1);
            setDialog('publish');
          }}
        >
          {t(publishTexts.publish)}
        </button>
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
          <ComparePanel
            versions={versions}
            older={older}
            newer={newer}
            onChange={(o, n) => setCompare({ older: o, newer: n })}
          />
          <ReleaseList releases={releases} />
        </div>
      </div>
      <SaveVersionDialog open={dialog === 'save'} onClose={() => setDialog(null)} />
      <PublishDialog
        key={publishRound}
        open={dialog === 'publish'}
        onClose={() => setDialog(null)}
        latest={releases[0]}
        releases={releases}
      />
    </div>
  );
}
