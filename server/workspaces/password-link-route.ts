// A beheerder re-issues the one-time link for a member who forgot their
// password or never used the first link (it expires after three days).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { mayIssueLinkFor, issuePasswordToken } from '../auth/password-links';
import { audit } from '../audit/log';
import { ApiError } from '../http/errors';
import { ownOrigin } from '../http/origin';
import { requireRole } from '../rights';

export const passwordLinkRoutes = new Hono<AppEnv>();

passwordLinkRoutes.post(
  '/:ws/members/:account/password-link',
  requireRole('beheerder'),
  async (c) => {
    const workspace = c.var.workspace;
    const actor = c.var.account!;
    const accountId = c.req.param('account');
    const token = await c.var.deps.db.transaction(async (tx) => {
      const rows = await tx.query<{ email: string; disabled: boolean }>(
        `SELECT a.email, a.disabled_at IS NOT NULL AS disabled
         FROM memberships m JOIN accounts a ON a.id = m.account_id
         WHERE m.workspace_id = $1 AND m.account_id = $2`,
        [workspace.id, accountId],
      );
      const member = rows[0];
      if (!member) throw new ApiError(404, 'not-found');
      if (member.disabled) throw new ApiError(409, 'account-disabled');
      if (!actor.isAdmin && !(await mayIssueLinkFor(tx, actor.id, accountId)))
        throw new ApiError(403, 'reset-not-allowed');
      const issued = await issuePasswordToken(tx, accountId);
      await audit(tx, {
        actor,
        workspaceId: workspace.id,
        action: 'password-link-issued',
        target: member.email,
      });
      return issued;
    });
    return c.json({ passwordLink: `${ownOrigin(c)}/wachtwoord?token=${token}` }, 201);
  },
);
