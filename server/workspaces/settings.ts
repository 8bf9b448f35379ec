// A workspace's settings, kept in workspaces.settings (jsonb). A setting that
// was never written has its default: review before publishing is on.
import type { Queryable } from '../db/database';

export interface WorkspaceSettings {
  /** A version must be approved by another member before a beheerder publishes it. */
  reviewRequired: boolean;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = { reviewRequired: true };

export async function readSettings(db: Queryable, workspaceId: string): Promise<WorkspaceSettings> {
  const rows = await db.query<{ settings: Partial<WorkspaceSettings> }>(
    'SELECT settings FROM workspaces WHERE id = $1',
    [workspaceId],
  );
  const stored = rows[0]?.settings ?? {};
  return {
    reviewRequired:
      typeof stored.reviewRequired === 'boolean'
        ? stored.reviewRequired
        : DEFAULT_SETTINGS.reviewRequired,
  };
}

/** Merges `change` into the stored settings; returns them as they are now. */
export async function writeSettings(
  db: Queryable,
  workspaceId: string,
  change: Partial<WorkspaceSettings>,
): Promise<WorkspaceSettings> {
  await db.query('UPDATE workspaces SET settings = settings || $2::jsonb WHERE id = $1', [
    workspaceId,
    JSON.stringify(change),
  ]);
  return readSettings(db, workspaceId);
}
