// For a workspace's regional cards: which base each follows, whether that base
// has published a newer release than the one the card took, and whether the
// notice was set aside for that release. A card follows a base when its
// origin.url is a stable address on this server; a card made from a file has
// an origin without one, and is listed as not followed.
import type { Queryable } from '../db/database';
import { parseCardUrl, sameServer } from '../public/address';
import { releaseLink, type ReleaseLink } from '../releases/links';
import { publishedRelease, type ReleaseInfo } from '../releases/store';

export interface BaseStatus {
  cardRowId: string;
  cardId: string;
  title: string;
  /** The base as the card's origin records it: what it took. */
  base: {
    cardId: string;
    title: string | null;
    version: string | null;
    hash: string;
    url: string | null;
    /** The base is published on this server: the fields below are known. */
    followed: boolean;
    workspace: string | null;
    address: string | null;
  };
  /** The base's latest release; null when not followed. */
  latest: ReleaseLink | null;
  /** The latest release is not the content the card took. */
  behind: boolean;
  setAside: { version: string; byName: string; at: string } | null;
  /** Show "De basiskaart heeft een nieuwe versie …": behind and not set aside for that version. */
  notice: boolean;
}

interface Row {
  id: string;
  card_id: string;
  title: string;
  url: string | null;
  base_card_id: string;
  base_title: string | null;
  base_version: string | null;
  base_hash: string;
  set_aside_version: string | null;
  set_by_name: string | null;
  set_at: Date | null;
}

export interface BaseStatusWithRelease extends BaseStatus {
  release: ReleaseInfo | null;
}

/** The regional cards in use of a workspace (or the one card `cardRowId`, also in the bin). */
export async function baseStatuses(
  db: Queryable,
  own: string,
  workspaceId: string,
  cardRowId: string | null = null,
): Promise<BaseStatusWithRelease[]> {
  const rows = await db.query<Row>(
    `SELECT c.id, c.card_id, c.title, o->>'url' AS url, o->>'cardId' AS base_card_id,
       o->>'title' AS base_title, o->>'version' AS base_version, o->>'hash' AS base_hash,
       s.version AS set_aside_version, s.set_by_name, s.set_at
     FROM cards c CROSS JOIN LATERAL (SELECT c.content->'origin' AS o) origin
     LEFT JOIN base_updates_set_aside s ON s.card_row_id = c.id
     WHERE c.workspace_id = $1 AND o IS NOT NULL
       AND ($2::text IS NULL AND c.deleted_at IS NULL OR c.id = $2)
     ORDER BY c.title, c.id`,
    [workspaceId, cardRowId],
  );
  const latestOf = new Map<string, Promise<ReleaseInfo | null>>();
  return Promise.all(
    rows.map(async (row) => {
      const parsed = row.url ? parseCardUrl(row.url) : null;
      const followed = parsed !== null && sameServer(parsed.origin, own);
      let release: ReleaseInfo | null = null;
      if (parsed && followed) {
        const key = `${parsed.workspace}/${parsed.address}`;
        if (!latestOf.has(key))
          latestOf.set(key, publishedRelease(db, parsed.workspace, parsed.address, null));
        release = await latestOf.get(key)!;
      }
      const latest = release ? releaseLink(release, own) : null;
      const behind = latest !== null && latest.hash !== row.base_hash;
      const setAside = row.set_aside_version
        ? {
            version: row.set_aside_version,
            byName: row.set_by_name ?? '',
            at: row.set_at!.toISOString(),
          }
        : null;
      return {
        cardRowId: row.id,
        cardId: row.card_id,
        title: row.title,
        base: {
          cardId: row.base_card_id,
          title: row.base_title,
          version: row.base_version,
          hash: row.base_hash,
          url: row.url,
          followed: release !== null,
          workspace: followed ? parsed.workspace : null,
          address: followed ? parsed.address : null,
        },
        latest,
        behind,
        setAside,
        notice: behind && setAside?.version !== latest?.version,
        release,
      };
    }),
  );
}

/** The status without the internal release row, as the API answers. */
export function publicStatus({ release: _release, ...status }: BaseStatusWithRelease): BaseStatus {
  return status;
}
