// The releases of a server card in the release list: the release is fetched
// from the server when it is first downloaded; the newest shows the stable
// addresses and the embed snippet, the others the address each keeps forever.
import type { ServerRelease } from '../sync/publishing-api';
import { ReleaseList } from './ReleaseDownloads';
import { useServerSync } from '../sync/shared-workspace';

export function ServerReleaseList({ releases }: { releases: ServerRelease[] }) {
  const sync = useServerSync();
  return (
    <ReleaseList
      releases={releases.map((r) => ({
        id: r.id,
        version: r.version,
        publishedAt: r.publishedAt,
        by: r.publishedByName,
        notes: r.notes,
        changes: r.changes,
        acceptedWarnings: r.acceptedWarnings.length,
        load: () => sync.publishing.releaseCard(r.version),
        links: r,
        subtitle: r.subtitle,
      }))}
    />
  );
}
