// npm run server -- restore FILE: into an empty database only (restoring over
// live data would mix two histories), in one transaction, so that a bad file
// leaves the database as it was. Every card, revision and version goes
// through the load path again and must have the content hash it was saved
// with: a restored server holds exactly the content that was backed up.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { contentHash } from '../../schema/hash';
import { loadStoredCard } from '../cards/accept';
import type { Database, Queryable } from '../db/database';
import { latestMigration } from '../db/migrate';
import type { BackupHeader } from './backup';
import { BACKUP_FORMAT, BACKUP_TABLES, CONTENT_TABLES } from './tables';

export class RestoreError extends Error {}

const BATCH = 200;
const TABLES = new Set(BACKUP_TABLES.map((t) => t.name));

async function isEmpty(db: Queryable): Promise<boolean> {
  const rows = await db.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM accounts)::integer + (SELECT count(*) FROM workspaces)::integer AS n',
  );
  return rows[0]?.n === 0;
}

async function insertBatch(tx: Queryable, table: string, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  if (CONTENT_TABLES.includes(table))
    for (const row of rows) {
      const card = loadStoredCard(row.content, `${table} in de back-up`);
      if ((await contentHash(card)) !== row.hash)
        throw new RestoreError(
          `Een kaart in ${table} heeft niet de inhoud die bij haar hash hoort: de back-up is beschadigd.`,
        );
    }
  const identity = BACKUP_TABLES.find((t) => t.name === table)?.identity;
  await tx.query(
    `INSERT INTO ${table} ${identity ? 'OVERRIDING SYSTEM VALUE' : ''}
     SELECT * FROM json_populate_recordset(null::${table}, $1::json)`,
    [JSON.stringify(rows)],
  );
}

export async function restoreBackup(db: Database, file: string): Promise<{ rows: number }> {
  return db.transaction(async (tx) => {
    if (!(await isEmpty(tx)))
      throw new RestoreError(
        'De database is niet leeg. Zet een back-up alleen terug in een nieuwe, lege database.',
      );
    // Opened only now: lines read before the loop starts iterating would be lost.
    const input = createReadStream(file, 'utf8');
    try {
      const rows = await restoreLines(tx, createInterface({ input, crlfDelay: Infinity }));
      for (const t of BACKUP_TABLES.filter((table) => table.identity))
        await tx.query(
          `SELECT setval(pg_get_serial_sequence('${t.name}', '${t.identity}'), coalesce(max(${t.identity}), 0) + 1, false) FROM ${t.name}`,
        );
      return { rows };
    } finally {
      input.destroy();
    }
  });
}

/** Inserts the rows of a backup's lines in batches; returns how many. */
async function restoreLines(tx: Queryable, lines: AsyncIterable<string>): Promise<number> {
  let header: BackupHeader | null = null;
  let table = '';
  let batch: Record<string, unknown>[] = [];
  let rows = 0;
  const flush = async () => {
    await insertBatch(tx, table, batch);
    batch = [];
  };
  for await (const line of lines) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as Record<string, unknown>;
    if (!header) {
      if (item.format !== BACKUP_FORMAT)
        throw new RestoreError('Dit is geen back-up van Kindreflex Studio.');
      header = item as unknown as BackupHeader;
      if (header.migration > latestMigration())
        throw new RestoreError(
          `Deze back-up komt van een nieuwere server (migratie ${header.migration}). Werk deze server eerst bij.`,
        );
      continue;
    }
    if (item.end === true) {
      await flush();
      if (item.rows !== rows)
        throw new RestoreError('De back-up is onvolledig: er ontbreken rijen.');
      return rows;
    }
    const name = String(item.table);
    if (!TABLES.has(name)) throw new RestoreError(`Onbekende tabel in de back-up: ${name}`);
    if (name !== table || batch.length >= BATCH) await flush();
    table = name;
    batch.push(item.row as Record<string, unknown>);
    rows++;
  }
  throw new RestoreError('De back-up is onvolledig: het bestand houdt te vroeg op.');
}
