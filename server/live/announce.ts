// Publishing a change to the workspace's open event streams, in the name of
// the signed-in account.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import type { LiveEvent, LiveEventType } from './hub';

export type AnnounceDetails = Partial<
  Pick<LiveEvent, 'revision' | 'hash' | 'review' | 'release' | 'setAsideFor'>
>;

/** Tells the workspace's open streams what the signed-in account just did to a card. */
export function announce(
  c: Context<AppEnv>,
  type: LiveEventType,
  cardRowId: string,
  details: AnnounceDetails = {},
): void {
  const account = c.var.account!;
  c.var.deps.hub.publish({
    type,
    workspaceId: c.var.workspace.id,
    cardRowId,
    ...details,
    by: { id: account.id, name: account.name },
  });
}
