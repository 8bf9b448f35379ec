// npm run server -- backup FILE: every table but sessions as JSON lines, read
// in one consistent snapshot. The first line says what the file is and which
// migration the database was at; the last line counts the rows, so that a
// truncated file is noticed on restore.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Database } from '../db/database';
import { appliedMigration } from '../db/migrate';
import { BACKUP_FORMAT, BACKUP_TABLES } from './tables';

const PAGE = 500;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  migration: number;
  createdAt: string;
  database: string;
}

export async function writeBackup(db: Database, file: string): Promise<{ rows: number }> {
  const out = createWriteStream(file, { encoding: 'utf8', mode: 0o600 });
  const write = async (value: unknown) => {
    if (!out.write(JSON.stringify(value) + '\n')) await once(out, 'drain');
  };
  let rows = 0;
  try {
    await db.transaction(async (tx) => {
      if (db.kind === 'postgresql')
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        migration: await appliedMigration(tx),
        createdAt: new Date().toISOString(),
        database: db.kind,
      };
      await write(header);
      for (const table of BACKUP_TABLES) {
        for (let offset = 0; ; offset += PAGE) {
          const page = await tx.query<{ row: Record<string, unknown> }>(
            `SELECT row_to_json(t) AS row FROM ${table.name} t ORDER BY ${table.orderBy} LIMIT $1 OFFSET $2`,
            [PAGE, offset],
          );
          for (const { row } of page) await write({ table: table.name, row });
          rows += page.length;
          if (page.length < PAGE) break;
        }
      }
      await write({ end: true, rows });
    });
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { rows };
}
