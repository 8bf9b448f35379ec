// A release is checked against its hash every time it is served: the row is
// protected by a trigger, but the table's owner can still disable that, and a
// disk or a restore can damage it. A release whose content does not match is
// never served: the reader gets a clear refusal and the server's log says
// which row, so that an administrator can restore it from a backup.
import { contentHash } from '../../schema/hash';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/errors';
import type { ReleaseInfo } from './store';
import { releaseText } from './store';

export interface VerifiedRelease {
  /** The JSON text as published: what card.json serves. */
  text: string;
  /** The same, parsed (not yet through the load path). */
  value: unknown;
}

function damaged(release: ReleaseInfo, why: string): never {
  console.error(
    `Publicatie beschadigd, niet getoond: ${release.id} (${release.workspace}/${release.address} ` +
      `versie ${release.version}): ${why}. Zet ze terug uit een back-up.`,
  );
  throw new ApiError(500, 'release-damaged');
}

/** The release's content, if it is what its hash says; otherwise a logged 500 'release-damaged'. */
export async function verifiedRelease(
  db: Queryable,
  release: ReleaseInfo,
): Promise<VerifiedRelease> {
  const text = await releaseText(db, release.id);
  if (text === null) return damaged(release, 'de rij is verdwenen');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return damaged(release, 'geen geldige JSON');
  }
  const block =
    typeof value === 'object' && value !== null && 'release' in value
      ? (value.release as { hash?: unknown; version?: unknown } | null)
      : null;
  if (block?.hash !== release.hash || block.version !== release.version)
    return damaged(release, 'het release-blok hoort niet bij deze rij');
  let hash: string;
  try {
    hash = await contentHash(value as object);
  } catch {
    return damaged(release, 'de inhoud is geen kaart');
  }
  if (hash !== release.hash) return damaged(release, `inhoud heeft hash ${hash.slice(0, 12)}…`);
  return { text, value };
}
