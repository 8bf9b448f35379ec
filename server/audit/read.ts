// Reading the audit log, and writing it as CSV that Excel with Belgian
// settings opens well (as the directory export: BOM, ';', quoted cells, and
// the formula guard, since an e-mail address or card title is user input).
import { guardFormula } from '../../schema/csv/export';
import { writeCsv } from '../../schema/csv/rfc4180';
import type { Queryable } from '../db/database';

export interface AuditScope {
  /** A workspace's entries, plus the sign-ins and sign-outs of its members; all when absent. */
  workspaceId?: string;
}

export interface AuditRecord {
  id: number;
  at: string;
  actorEmail: string;
  workspace: string | null;
  action: string;
  target: string;
  details: Record<string, unknown>;
}

interface Row {
  id: number;
  at: Date;
  actor_email: string;
  workspace: string | null;
  action: string;
  target: string;
  details: Record<string, unknown>;
}

export async function readAudit(
  db: Queryable,
  scope: AuditScope,
  options: { before?: number; limit: number },
): Promise<AuditRecord[]> {
  const rows = await db.query<Row>(
    `SELECT l.id, l.at, l.actor_email, w.slug AS workspace, l.action, l.target, l.details
     FROM audit_log l LEFT JOIN workspaces w ON w.id = l.workspace_id
     WHERE ($1::text IS NULL OR l.workspace_id = $1
            OR (l.workspace_id IS NULL AND l.action IN ('sign-in', 'sign-out')
                AND l.actor_id IN (SELECT account_id FROM memberships WHERE workspace_id = $1)))
       AND ($2::integer IS NULL OR l.id < $2)
     ORDER BY l.id DESC LIMIT $3`,
    [scope.workspaceId ?? null, options.before ?? null, options.limit],
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorEmail: r.actor_email,
    workspace: r.workspace,
    action: r.action,
    target: r.target,
    details: r.details,
  }));
}

const HEADER = ['nummer', 'tijdstip', 'wie', 'werkruimte', 'handeling', 'waarop', 'details'];

export function auditCsv(records: readonly AuditRecord[]): string {
  const rows = records.map((r) =>
    [
      String(r.id),
      r.at,
      r.actorEmail,
      r.workspace ?? '',
      r.action,
      r.target,
      Object.keys(r.details).length ? JSON.stringify(r.details) : '',
    ].map(guardFormula),
  );
  return '\uFEFF' + writeCsv([HEADER, ...rows], ';');
}
