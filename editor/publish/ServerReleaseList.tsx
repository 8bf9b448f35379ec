// The releases of a server card in the release list: the release is fetched
// from the server when it is first downloaded; the newest shows the stable
// addresses and the embed snippet, the others the address each keeps forever.
import { useStudio } from '../app/studio-context';
import type { ServerRelease } from '../sync/publishing-api';
import { ReleaseList } from './ReleaseDownloads';

export function ServerReleaseList({ releases }: { releases: ServerRelease[] }) {
  const { sync } = useStudio();
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
