// The audit log: who did what, when. Written in the same transaction as the
// change it records, so there is no change without its entry.
import type { Account } from '../app-env';
import type { Queryable } from '../db/database';

export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'session-revoked'
  | 'password-set'
  | 'account-created'
  | 'workspace-created'
  | 'member-added'
  | 'member-role-changed'
  | 'member-removed'
  | 'card-created'
  | 'card-saved'
  | 'card-deleted'
  | 'card-restored'
  | 'version-created'
  | 'backup-restored'
  | 'password-link-issued'
  | 'account-disabled'
  | 'account-enabled'
  | 'settings-changed'
  | 'review-requested'
  | 'review-approved'
  | 'review-returned'
  | 'review-withdrawn'
  | 'release-published'
  | 'base-update-set-aside'
  | 'base-update-set-aside-cleared';

export interface AuditEntry {
  actor: Pick<Account, 'id' | 'email'> | null;
  workspaceId?: string | null;
  action: AuditAction;
  /** What it was done to: a card row id, an account's e-mail, a workspace slug. */
  target?: string;
  details?: Record<string, string | number | boolean | null>;
}

export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_id, actor_email, workspace_id, action, target, details)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      entry.actor?.id ?? null,
      entry.actor?.email ?? '',
      entry.workspaceId ?? null,
      entry.action,
      entry.target ?? '',
      JSON.stringify(entry.details ?? {}),
    ],
  );
}
