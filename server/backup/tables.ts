// The tables a backup holds, parents before children so that a restore can
// insert them in this order. Sessions are left out: a restored server starts
// with everyone signed out.
export interface BackupTable {
  name: string;
  /** Stable order, so that two backups of the same data are the same file. */
  orderBy: string;
  /** Has an identity column whose sequence must follow the restored ids. */
  identity?: string;
}

export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: 'accounts', orderBy: 'id' },
  { name: 'password_tokens', orderBy: 'token_hash' },
  { name: 'workspaces', orderBy: 'id' },
  { name: 'memberships', orderBy: 'workspace_id, account_id' },
  { name: 'cards', orderBy: 'id' },
  { name: 'card_revisions', orderBy: 'card_row_id, revision' },
  { name: 'card_versions', orderBy: 'id' },
  { name: 'reviews', orderBy: 'id' },
  { name: 'releases', orderBy: 'id' },
  { name: 'base_updates_set_aside', orderBy: 'card_row_id' },
  { name: 'audit_log', orderBy: 'id', identity: 'id' },
];

/** Tables with card content, and the column that holds it: checked on restore. */
export const CONTENT_TABLES: readonly string[] = [
  'cards',
  'card_revisions',
  'card_versions',
  'releases',
];

export const BACKUP_FORMAT = 'kindreflex-backup';
