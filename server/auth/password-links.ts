// Forgotten passwords and accounts that must stop: a new one-time link (the
// administrator's command, or a beheerder for a member), and disabling an
// account, which ends its sessions at once.
import type { Queryable } from '../db/database';
import { createPasswordToken } from './accounts';

/** Makes the account's unused one-time links stop working. */
export async function revokePasswordTokens(db: Queryable, accountId: string): Promise<void> {
  await db.query(
    'UPDATE password_tokens SET used_at = now() WHERE account_id = $1 AND used_at IS NULL',
    [accountId],
  );
}

/** A new one-time link's token; earlier unused links of the account stop working. */
export async function issuePasswordToken(db: Queryable, accountId: string): Promise<string> {
  await revokePasswordTokens(db, accountId);
  return createPasswordToken(db, accountId);
}

/** Signs the account out everywhere; returns how many sessions ended. */
export async function endSessions(db: Queryable, accountId: string): Promise<number> {
  const rows = await db.query('DELETE FROM sessions WHERE account_id = $1 RETURNING id', [
    accountId,
  ]);
  return rows.length;
}

/** Disables (or enables again) an account; false when it already was. */
export async function setDisabled(db: Queryable, accountId: string, disabled: boolean) {
  const rows = await db.query(
    `UPDATE accounts SET disabled_at = CASE WHEN $2 THEN now() ELSE NULL END
     WHERE id = $1 AND (disabled_at IS NOT NULL) <> $2 RETURNING id`,
    [accountId, disabled],
  );
  return rows.length > 0;
}

/**
 * Whether `actor` may hand out a password link for `accountId`: whoever holds
 * the link can sign in as that account, so a beheerder may do it only for an
 * account that is no server administrator and that is a member only of
 * workspaces where the actor is beheerder too.
 */
export async function mayIssueLinkFor(db: Queryable, actorId: string, accountId: string) {
  const rows = await db.query<{ allowed: boolean }>(
    `SELECT NOT a.is_admin AND NOT EXISTS (
       SELECT 1 FROM memberships m WHERE m.account_id = a.id AND NOT EXISTS (
         SELECT 1 FROM memberships mine WHERE mine.account_id = $1
           AND mine.workspace_id = m.workspace_id AND mine.role = 'beheerder')) AS allowed
     FROM accounts a WHERE a.id = $2`,
    [actorId, accountId],
  );
  return rows[0]?.allowed ?? false;
}
