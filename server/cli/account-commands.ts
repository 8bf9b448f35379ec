// The administrator's commands for an existing account: a new one-time link
// for a forgotten password, and disabling (or enabling) an account. They
// write the audit log as "the command line".
import { findAccountByEmail, looksLikeEmail, normaliseEmail } from '../auth/accounts';
import {
  endSessions,
  issuePasswordToken,
  revokePasswordTokens,
  setDisabled,
} from '../auth/password-links';
import { audit } from '../audit/log';
import type { Database, Queryable } from '../db/database';
import { CommandError } from './admin-commands';

async function accountFor(db: Queryable, email: string) {
  if (!looksLikeEmail(normaliseEmail(email)))
    throw new CommandError(`'${email}' is geen e-mailadres.`);
  const account = await findAccountByEmail(db, email);
  if (!account) throw new CommandError(`Er is geen account voor ${normaliseEmail(email)}.`);
  return account;
}

export async function userResetPassword(
  db: Database,
  email: string,
  baseUrl: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const account = await accountFor(tx, email);
    if (account.disabled)
      throw new CommandError(
        `Het account ${account.email} is uitgeschakeld. Schakel het eerst in met: user enable ${account.email}`,
      );
    const token = await issuePasswordToken(tx, account.id);
    await audit(tx, {
      actor: null,
      action: 'password-link-issued',
      target: account.email,
      details: { via: 'cli' },
    });
    return [
      `Nieuwe eenmalige link voor ${account.email} om een wachtwoord te kiezen (3 dagen geldig):`,
      `  ${baseUrl}/wachtwoord?token=${token}`,
      'Eerdere links werken niet meer. Het oude wachtwoord blijft geldig tot er een nieuw gekozen is.',
    ].join('\n');
  });
}

/** The workspaces where this account is the only beheerder: they are left without one. */
async function soleBeheerderOf(db: Queryable, accountId: string): Promise<string[]> {
  const rows = await db.query<{ slug: string }>(
    `SELECT w.slug FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
     WHERE m.account_id = $1 AND m.role = 'beheerder' AND NOT EXISTS (
       SELECT 1 FROM memberships o JOIN accounts a ON a.id = o.account_id
       WHERE o.workspace_id = m.workspace_id AND o.role = 'beheerder' AND o.account_id <> $1
         AND a.disabled_at IS NULL)
     ORDER BY w.slug`,
    [accountId],
  );
  return rows.map((r) => r.slug);
}

export async function userDisable(db: Database, email: string): Promise<string> {
  return db.transaction(async (tx) => {
    const account = await accountFor(tx, email);
    if (!(await setDisabled(tx, account.id, true)))
      return `Het account ${account.email} was al uitgeschakeld.`;
    const sessions = await endSessions(tx, account.id);
    // Its unused links must not let it choose a password and come back.
    await revokePasswordTokens(tx, account.id);
    await audit(tx, {
      actor: null,
      action: 'account-disabled',
      target: account.email,
      details: { via: 'cli', sessionsEnded: sessions },
    });
    const lines = [
      `Account ${account.email} uitgeschakeld: aanmelden kan niet meer, ${sessions} sessie(s) beëindigd.`,
    ];
    const alone = await soleBeheerderOf(tx, account.id);
    if (alone.length)
      lines.push(
        `Let op: ${alone.join(', ')} heeft nu geen beheerder meer. Voeg er een toe met: user add … --workspace … --role beheerder`,
      );
    return lines.join('\n');
  });
}

export async function userEnable(db: Database, email: string): Promise<string> {
  return db.transaction(async (tx) => {
    const account = await accountFor(tx, email);
    if (!(await setDisabled(tx, account.id, false)))
      return `Het account ${account.email} was niet uitgeschakeld.`;
    await audit(tx, {
      actor: null,
      action: 'account-enabled',
      target: account.email,
      details: { via: 'cli' },
    });
    return `Account ${account.email} weer ingeschakeld. Met user reset-password krijgt het een nieuwe link als het zijn wachtwoord vergat.`;
  });
}
