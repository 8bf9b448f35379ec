// Accounts: created by an administrator (CLI) or a beheerder (adding a member
// by e-mail), with a password chosen through a one-time link, or signed in
// through the organisation's identity provider.
import type { Account } from '../app-env';
import type { Queryable } from '../db/database';
import { newId, newSecret, secretHash } from '../ids';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  password_hash: string | null;
  disabled_at: Date | null;
}

export const ACCOUNT_COLUMNS = 'id, email, name, is_admin, password_hash, disabled_at';

export type StoredAccount = Account & { passwordHash: string | null; disabled: boolean };

export function toAccount(row: AccountRow): StoredAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isAdmin: row.is_admin,
    passwordHash: row.password_hash,
    disabled: row.disabled_at !== null,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}

export async function findAccountByEmail(db: Queryable, email: string) {
  const rows = await db.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE email = $1`,
    [normaliseEmail(email)],
  );
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function createAccount(
  db: Queryable,
  input: { email: string; name?: string; isAdmin?: boolean; passwordHash?: string },
): Promise<StoredAccount> {
  const email = normaliseEmail(input.email);
  const rows = await db.query<AccountRow>(
    `INSERT INTO accounts (id, email, name, is_admin, password_hash)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${ACCOUNT_COLUMNS}`,
    [
      newId('a'),
      email,
      input.name?.trim() || email.split('@')[0]!,
      input.isAdmin ?? false,
      input.passwordHash ?? null,
    ],
  );
  return toAccount(rows[0]!);
}

export async function setPasswordHash(db: Queryable, accountId: string, passwordHash: string) {
  await db.query('UPDATE accounts SET password_hash = $2 WHERE id = $1', [accountId, passwordHash]);
}

const LINK_HOURS = 72;

/** A one-time token to choose a password; valid for three days. */
export async function createPasswordToken(db: Queryable, accountId: string): Promise<string> {
  const token = newSecret();
  await db.query(
    `INSERT INTO password_tokens (token_hash, account_id, expires_at)
     VALUES ($1, $2, now() + make_interval(hours => $3))`,
    [secretHash(token), accountId, LINK_HOURS],
  );
  return token;
}

/**
 * Marks the token used and returns its account, or null when it is unknown,
 * used or expired, or the account is disabled.
 */
export async function takePasswordToken(db: Queryable, token: string) {
  const rows = await db.query<AccountRow>(
    `WITH taken AS (
       UPDATE password_tokens SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING account_id)
     SELECT ${ACCOUNT_COLUMNS} FROM accounts
     WHERE id IN (SELECT account_id FROM taken) AND disabled_at IS NULL`,
    [secretHash(token)],
  );
  return rows[0] ? toAccount(rows[0]) : null;
}
