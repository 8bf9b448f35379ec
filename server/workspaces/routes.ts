// Workspaces and members. Any signed-in account lists its own workspaces; an
// administrator creates them; a beheerder manages the members of theirs.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import {
  createAccount,
  createPasswordToken,
  findAccountByEmail,
  looksLikeEmail,
} from '../auth/accounts';
import { audit } from '../audit/log';
import { UNIQUE_VIOLATION, sqlState } from '../db/database';
import { optionalStringField, readJson, stringField } from '../http/body';
import { ApiError } from '../http/errors';
import { ownOrigin } from '../http/origin';
import { requireAdmin, requireRole, signedIn } from '../rights';
import {
  beheerderCount,
  createWorkspace,
  isRole,
  roleIn,
  setMember,
  validSlug,
  workspacesOf,
} from './store';
import { readSettings, writeSettings } from './settings';

export const workspaceRoutes = new Hono<AppEnv>();

workspaceRoutes.get('/', async (c) => {
  const account = signedIn(c.var.account);
  return c.json({ workspaces: await workspacesOf(c.var.deps.db, account) });
});

workspaceRoutes.post('/', requireAdmin, async (c) => {
  const body = await readJson(c);
  const slug = stringField(body, 'slug', 60);
  const name = stringField(body, 'name', 200).trim();
  if (!validSlug(slug) || !name) throw new ApiError(400, 'bad-request', { field: 'slug' });
  const account = c.var.account!;
  const workspace = await c.var.deps.db
    .transaction(async (tx) => {
      const created = await createWorkspace(tx, slug, name);
      await audit(tx, {
        actor: account,
        workspaceId: created.id,
        action: 'workspace-created',
        target: slug,
      });
      return created;
    })
    .catch((error: unknown) => {
      if (sqlState(error) === UNIQUE_VIOLATION) throw new ApiError(409, 'slug-taken');
      throw error;
    });
  return c.json(workspace, 201);
});

workspaceRoutes.get('/:ws', requireRole('lezer'), async (c) =>
  c.json({
    workspace: c.var.workspace,
    role: c.var.role,
    settings: await readSettings(c.var.deps.db, c.var.workspace.id),
  }),
);

/** The workspace's settings; only the ones given change. */
workspaceRoutes.put('/:ws/settings', requireRole('beheerder'), async (c) => {
  const body = await readJson(c);
  if (typeof body.reviewRequired !== 'boolean')
    throw new ApiError(400, 'bad-request', { field: 'reviewRequired' });
  const change = { reviewRequired: body.reviewRequired };
  const workspace = c.var.workspace;
  const actor = c.var.account!;
  const settings = await c.var.deps.db.transaction(async (tx) => {
    const before = await readSettings(tx, workspace.id);
    const after = await writeSettings(tx, workspace.id, change);
    if (before.reviewRequired !== after.reviewRequired)
      await audit(tx, {
        actor,
        workspaceId: workspace.id,
        action: 'settings-changed',
        target: workspace.slug,
        details: { reviewRequired: after.reviewRequired },
      });
    return after;
  });
  return c.json({ settings });
});

workspaceRoutes.get('/:ws/members', requireRole('beheerder'), async (c) => {
  const members = await c.var.deps.db.query<{
    id: string;
    email: string;
    name: string;
    role: string;
    disabled: boolean;
  }>(
    `SELECT a.id, a.email, a.name, m.role, a.disabled_at IS NOT NULL AS disabled
     FROM memberships m JOIN accounts a ON a.id = m.account_id
     WHERE m.workspace_id = $1 ORDER BY a.name, a.email`,
    [c.var.workspace.id],
  );
  return c.json({ members });
});

/** Adds a member by e-mail (creating the account if needed) or changes their role. */
workspaceRoutes.put('/:ws/members', requireRole('beheerder'), async (c) => {
  const body = await readJson(c);
  const email = stringField(body, 'email', 254).trim().toLowerCase();
  const role = body.role;
  if (!looksLikeEmail(email)) throw new ApiError(400, 'bad-request', { field: 'email' });
  if (!isRole(role)) throw new ApiError(400, 'bad-request', { field: 'role' });
  const name = optionalStringField(body, 'name', 200);
  const workspace = c.var.workspace;
  const actor = c.var.account!;
  const result = await c.var.deps.db.transaction(async (tx) => {
    let member = await findAccountByEmail(tx, email);
    let passwordToken: string | null = null;
    if (!member) {
      member = await createAccount(tx, { email, ...(name ? { name } : {}) });
      passwordToken = await createPasswordToken(tx, member.id);
      await audit(tx, {
        actor,
        workspaceId: workspace.id,
        action: 'account-created',
        target: email,
      });
    }
    const before = await roleIn(tx, workspace.id, member.id);
    if (
      before === 'beheerder' &&
      role !== 'beheerder' &&
      (await beheerderCount(tx, workspace.id)) <= 1
    )
      throw new ApiError(409, 'last-beheerder');
    await setMember(tx, workspace.id, member.id, role);
    if (before !== role)
      await audit(tx, {
        actor,
        workspaceId: workspace.id,
        action: before ? 'member-role-changed' : 'member-added',
        target: email,
        details: { role, before },
      });
    return { member, passwordToken, added: before === null };
  });
  const { member, passwordToken, added } = result;
  return c.json(
    {
      member: { id: member.id, email: member.email, name: member.name, role },
      // A new account chooses its password through this link; pass it on.
      ...(passwordToken
        ? { passwordLink: `${ownOrigin(c)}/wachtwoord?token=${passwordToken}` }
        : {}),
    },
    added ? 201 : 200,
  );
});

workspaceRoutes.delete('/:ws/members/:account', requireRole('beheerder'), async (c) => {
  const workspace = c.var.workspace;
  const actor = c.var.account!;
  const accountId = c.req.param('account');
  await c.var.deps.db.transaction(async (tx) => {
    const role = await roleIn(tx, workspace.id, accountId);
    if (!role) throw new ApiError(404, 'not-found');
    if (role === 'beheerder' && (await beheerderCount(tx, workspace.id)) <= 1)
      throw new ApiError(409, 'last-beheerder');
    const rows = await tx.query<{ email: string }>(
      `DELETE FROM memberships m USING accounts a
       WHERE m.workspace_id = $1 AND m.account_id = $2 AND a.id = m.account_id RETURNING a.email`,
      [workspace.id, accountId],
    );
    await audit(tx, {
      actor,
      workspaceId: workspace.id,
      action: 'member-removed',
      target: rows[0]?.email ?? accountId,
      details: { role },
    });
  });
  return c.body(null, 204);
});
