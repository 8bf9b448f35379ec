// The administrator's commands: add an account (with its first workspace role)
// and add a workspace. They write the audit log as "the command line".
import {
  createAccount,
  createPasswordToken,
  findAccountByEmail,
  looksLikeEmail,
} from '../auth/accounts';
import { MIN_PASSWORD_LENGTH, hashPassword, passwordLongEnough } from '../auth/passwords';
import { audit } from '../audit/log';
import type { Database } from '../db/database';
import type { Role } from '../app-env';
import { createWorkspace, findWorkspace, isRole, setMember, validSlug } from '../workspaces/store';

export class CommandError extends Error {}

export interface UserAddInput {
  email: string;
  name?: string;
  admin: boolean;
  workspace?: string;
  role?: string;
  /** Set: the password; unset: a one-time link is made. */
  password?: string;
}

/** Checks what can be checked without the database, so that a typo costs no database start. */
export function checkUserAdd(input: UserAddInput): void {
  const email = input.email.trim().toLowerCase();
  if (!looksLikeEmail(email)) throw new CommandError(`'${input.email}' is geen e-mailadres.`);
  if ((input.workspace === undefined) !== (input.role === undefined))
    throw new CommandError('Geef --workspace en --role samen.');
  if (input.role !== undefined && !isRole(input.role))
    throw new CommandError(`Onbekende rol '${input.role}': kies beheerder, redacteur of lezer.`);
  if (input.password !== undefined && !passwordLongEnough(input.password))
    throw new CommandError(`Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.`);
}

export async function userAdd(db: Database, input: UserAddInput, baseUrl: string): Promise<string> {
  checkUserAdd(input);
  const email = input.email.trim().toLowerCase();
  const passwordHash =
    input.password === undefined ? undefined : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const workspace = input.workspace ? await findWorkspace(tx, input.workspace) : null;
    if (input.workspace && !workspace)
      throw new CommandError(
        `Er is geen werkruimte '${input.workspace}'. Maak ze eerst met: workspace add`,
      );
    if (await findAccountByEmail(tx, email))
      throw new CommandError(`Er bestaat al een account voor ${email}.`);
    const account = await createAccount(tx, {
      email,
      ...(input.name ? { name: input.name } : {}),
      isAdmin: input.admin,
      ...(passwordHash ? { passwordHash } : {}),
    });
    await audit(tx, {
      actor: null,
      action: 'account-created',
      target: email,
      details: { admin: input.admin, via: 'cli' },
    });
    const lines = [`Account ${email} aangemaakt${input.admin ? ' (serverbeheerder)' : ''}.`];
    if (workspace && input.role) {
      await setMember(tx, workspace.id, account.id, input.role as Role);
      await audit(tx, {
        actor: null,
        workspaceId: workspace.id,
        action: 'member-added',
        target: email,
        details: { role: input.role, via: 'cli' },
      });
      lines.push(`Lid van ${workspace.slug} als ${input.role}.`);
    }
    if (!passwordHash) {
      const token = await createPasswordToken(tx, account.id);
      lines.push(
        'Eenmalige link om een wachtwoord te kiezen (3 dagen geldig):',
        `  ${baseUrl}/wachtwoord?token=${token}`,
      );
    }
    return lines.join('\n');
  });
}

export async function workspaceAdd(db: Database, slug: string, name: string): Promise<string> {
  if (!validSlug(slug))
    throw new CommandError(
      `'${slug}' kan geen korte naam zijn: gebruik kleine letters, cijfers en koppeltekens.`,
    );
  if (!name.trim())
    throw new CommandError('Geef de werkruimte een naam, bv. "Zuid-Oost-Vlaanderen".');
  return db.transaction(async (tx) => {
    if (await findWorkspace(tx, slug))
      throw new CommandError(`De werkruimte '${slug}' bestaat al.`);
    const workspace = await createWorkspace(tx, slug, name);
    await audit(tx, {
      actor: null,
      workspaceId: workspace.id,
      action: 'workspace-created',
      target: slug,
      details: { via: 'cli' },
    });
    return `Werkruimte ${slug} ("${workspace.name}") aangemaakt.`;
  });
}
