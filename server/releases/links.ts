// How a release is named to clients: its version and hash with the stable
// addresses where it is served, absolute so that the studio can show them,
// put them in an embed snippet and record them in a regional card's origin.
import { cardPath, releasePath } from '../public/address';

export interface ReleaseLink {
  id: string;
  version: string;
  hash: string;
  publishedAt: string;
  workspace: string;
  address: string;
  /** The viewer with the card's latest release: …/k/WORKSPACE/CARD/ */
  url: string;
  /** The latest release as JSON: …/k/WORKSPACE/CARD/card.json */
  cardUrl: string;
  /** This release, forever: …/k/WORKSPACE/CARD/VERSION/ */
  versionUrl: string;
  /** This release as JSON: …/k/WORKSPACE/CARD/VERSION/card.json */
  versionCardUrl: string;
}

export interface ReleaseKey {
  id: string;
  version: string;
  hash: string;
  publishedAt: Date;
  workspace: string;
  address: string;
}

export function releaseLink(release: ReleaseKey, origin: string): ReleaseLink {
  const latest = origin + cardPath(release.workspace, release.address);
  const pinned = origin + releasePath(release.workspace, release.address, release.version);
  return {
    id: release.id,
    version: release.version,
    hash: release.hash,
    publishedAt: release.publishedAt.toISOString(),
    workspace: release.workspace,
    address: release.address,
    url: latest,
    cardUrl: `${latest}card.json`,
    versionUrl: pinned,
    versionCardUrl: `${pinned}card.json`,
  };
}
