// The audit log for beheerders (their workspace, and the sign-ins of its
// members) and for administrators (everything), as JSON pages and as CSV.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env';
import { requireAdmin, requireRole } from '../rights';
import { auditCsv, readAudit, type AuditScope } from './read';

export const workspaceAuditRoutes = new Hono<AppEnv>();
export const adminAuditRoutes = new Hono<AppEnv>();

function pageOptions(c: Context<AppEnv>) {
  const before = Number(c.req.query('before'));
  const limit = Number(c.req.query('limit') ?? 100);
  return {
    ...(Number.isInteger(before) && before > 0 ? { before } : {}),
    limit: Number.isInteger(limit) ? Math.min(Math.max(limit, 1), 1000) : 100,
  };
}

async function page(c: Context<AppEnv>, scope: AuditScope) {
  const options = pageOptions(c);
  const entries = await readAudit(c.var.deps.db, scope, options);
  const last = entries.at(-1);
  return c.json({ entries, next: entries.length === options.limit && last ? last.id : null });
}

async function csv(c: Context<AppEnv>, scope: AuditScope, name: string) {
  const text = auditCsv(await readAudit(c.var.deps.db, scope, { limit: 100_000 }));
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${name}"`);
  return c.body(text);
}

workspaceAuditRoutes.get('/audit', requireRole('beheerder'), (c) =>
  page(c, { workspaceId: c.var.workspace.id }),
);
workspaceAuditRoutes.get('/audit.csv', requireRole('beheerder'), (c) =>
  csv(c, { workspaceId: c.var.workspace.id }, `auditlog-${c.var.workspace.slug}.csv`),
);

adminAuditRoutes.get('/audit', requireAdmin, (c) => page(c, {}));
adminAuditRoutes.get('/audit.csv', requireAdmin, (c) => csv(c, {}, 'auditlog-server.csv'));
