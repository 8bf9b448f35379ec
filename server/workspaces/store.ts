// Workspaces and their members.
import type { Account, Role, Workspace } from '../app-env';
import type { Queryable } from '../db/database';
import { newId } from '../ids';

export interface WorkspaceWithRole extends Workspace {
  role: Role;
}

/** The workspaces an account can open, with its role; an administrator sees all as beheerder. */
export async function workspacesOf(db: Queryable, account: Account): Promise<WorkspaceWithRole[]> {
  return db.query<WorkspaceWithRole>(
    account.isAdmin
      ? `SELECT w.id, w.slug, w.name, coalesce(m.role, 'beheerder') AS role FROM workspaces w
         LEFT JOIN memberships m ON m.workspace_id = w.id AND m.account_id = $1 ORDER BY w.name`
      : `SELECT w.id, w.slug, w.name, m.role FROM workspaces w
         JOIN memberships m ON m.workspace_id = w.id AND m.account_id = $1 ORDER BY w.name`,
    [account.id],
  );
}

export async function findWorkspace(db: Queryable, slug: string): Promise<Workspace | null> {
  const rows = await db.query<Workspace>('SELECT id, slug, name FROM workspaces WHERE slug = $1', [
    slug,
  ]);
  return rows[0] ?? null;
}

/** A workspace by slug with the account's role in it (null: not a member), in one query. */
export async function workspaceAndRole(db: Queryable, slug: string, accountId: string) {
  const rows = await db.query<Workspace & { role: Role | null }>(
    `SELECT w.id, w.slug, w.name, m.role FROM workspaces w
     LEFT JOIN memberships m ON m.workspace_id = w.id AND m.account_id = $2
     WHERE w.slug = $1`,
    [slug, accountId],
  );
  return rows[0] ?? null;
}

export async function roleIn(db: Queryable, workspaceId: string, accountId: string) {
  const rows = await db.query<{ role: Role }>(
    'SELECT role FROM memberships WHERE workspace_id = $1 AND account_id = $2',
    [workspaceId, accountId],
  );
  return rows[0]?.role ?? null;
}

/** A short name for addresses: lower-case letters, digits and hyphens. */
export function validSlug(slug: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/.test(slug);
}

export async function createWorkspace(db: Queryable, slug: string, name: string) {
  const rows = await db.query<Workspace>(
    'INSERT INTO workspaces (id, slug, name) VALUES ($1, $2, $3) RETURNING id, slug, name',
    [newId('w'), slug, name.trim()],
  );
  return rows[0]!;
}

/** Adds a member or changes their role; returns the role they had before (null: new member). */
export async function setMember(db: Queryable, workspaceId: string, accountId: string, role: Role) {
  const before = await roleIn(db, workspaceId, accountId);
  await db.query(
    `INSERT INTO memberships (workspace_id, account_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (workspace_id, account_id) DO UPDATE SET role = EXCLUDED.role`,
    [workspaceId, accountId, role],
  );
  return before;
}

export async function beheerderCount(db: Queryable, workspaceId: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    "SELECT count(*)::integer AS n FROM memberships WHERE workspace_id = $1 AND role = 'beheerder'",
    [workspaceId],
  );
  return rows[0]?.n ?? 0;
}

export function isRole(value: unknown): value is Role {
  return value === 'lezer' || value === 'redacteur' || value === 'beheerder';
}
