// Regional cards follow their base by its stable address (origin.url). When
// the base publishes a new release, the workspaces that hold such cards hear
// it on their live streams ("base-released"), so an open studio can show the
// notice at once instead of on its next visit.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import type { Queryable } from '../db/database';
import { ownOrigin } from '../http/origin';
import { cardPath, parseCardUrl, sameServer } from '../public/address';
import type { ReleaseLink } from '../releases/links';
import type { ReleaseInfo } from '../releases/store';

/** The cards in use (any workspace) whose origin.url is this address on this server. */
export async function followersOf(
  db: Queryable,
  own: string,
  workspace: string,
  address: string,
): Promise<{ workspaceId: string; cardRowId: string }[]> {
  const rows = await db.query<{ workspace_id: string; id: string; url: string }>(
    `SELECT workspace_id, id, content->'origin'->>'url' AS url FROM cards
     WHERE deleted_at IS NULL AND strpos(content->'origin'->>'url', $1) > 0`,
    [cardPath(workspace, address)],
  );
  return rows
    .filter((row) => {
      const parsed = parseCardUrl(row.url);
      return (
        parsed !== null &&
        parsed.workspace === workspace &&
        parsed.address === address &&
        sameServer(parsed.origin, own)
      );
    })
    .map((row) => ({ workspaceId: row.workspace_id, cardRowId: row.id }));
}

export async function announceToFollowers(
  c: Context<AppEnv>,
  release: ReleaseInfo,
  link: ReleaseLink,
): Promise<void> {
  const { db, hub } = c.var.deps;
  const followers = await followersOf(db, ownOrigin(c), release.workspace, release.address);
  for (const follower of followers)
    hub.publish({
      type: 'base-released',
      workspaceId: follower.workspaceId,
      cardRowId: follower.cardRowId,
      // No `by`: who published in another workspace is not theirs to know.
      release: link,
    });
}
