// Backup and restore: everything but sessions, into an empty database, with
// the same content hashes. The shared test database is emptied by truncation
// for this (test files run one after another in this process).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../schema/hash';
import type { Card } from '../../schema/types';
import { writeBackup } from '../../server/backup/backup';
import { RestoreError, restoreBackup } from '../../server/backup/restore';
import { BACKUP_TABLES } from '../../server/backup/tables';
import type { Database } from '../../server/db/database';
import { TestClient } from './helpers/client';
import { PASSWORD, minimalCard, sampleCard, world } from './helpers/world';

const dir = mkdtempSync(join(tmpdir(), 'kindreflex-backup-'));

/**
 * Releases refuse TRUNCATE (migration 002): the table's owner lifts that for
 * this one statement, deliberately, as an administrator would have to.
 */
async function emptyDatabase(db: Database) {
  await db.transaction((tx) =>
    tx.exec(
      `ALTER TABLE releases DISABLE TRIGGER releases_no_truncate;
       TRUNCATE sessions, ${BACKUP_TABLES.map((t) => t.name).join(', ')} RESTART IDENTITY CASCADE;
       ALTER TABLE releases ENABLE TRIGGER releases_no_truncate;`,
    ),
  );
}

async function cardHashes(db: Database): Promise<string[]> {
  const rows = await db.query<{ id: string; content: Card; hash: string }>(
    `SELECT card_row_id || '@' || revision AS id, content, hash FROM card_revisions
     UNION ALL SELECT id, content, hash FROM cards UNION ALL SELECT id, content, hash FROM card_versions
     UNION ALL SELECT id, content, hash FROM releases ORDER BY id`,
  );
  return Promise.all(rows.map(async (r) => `${r.id} ${r.hash} ${await contentHash(r.content)}`));
}

/** A backup without its first line (which holds the time it was made). */
const body = (file: string) => readFileSync(file, 'utf8').split('\n').slice(1).join('\n');

describe('backup and restore', () => {
  it('restores into an empty database with the same content, hashes and audit log', async () => {
    const { db, clients, base, accounts, app } = await world();
    const { body: card } = await clients.redacteur.post<{ id: string; card: Card }>(
      `${base}/cards`,
      {
        card: sampleCard(),
      },
    );
    await clients.redacteur.put(`${base}/cards/${card.id}`, {
      baseRevision: 1,
      card: { ...card.card, title: 'Herwerkt' },
    });
    await clients.redacteur.post(`${base}/cards/${card.id}/versions`, { message: 'Voor de zomer' });
    // Reviewed and published: reviews and releases are in the backup too.
    const { body: review } = await clients.redacteur.post<{ id: string }>(
      `${base}/cards/${card.id}/reviews`,
      { message: 'Klaar?' },
    );
    await clients.lezer.post(`${base}/cards/${card.id}/reviews/${review.id}/approve`);
    const published = await clients.beheerder.post(`${base}/cards/${card.id}/releases`, {
      review: review.id,
      acceptWarnings: true,
    });
    expect(published.status).toBe(201);
    const { body: binned } = await clients.redacteur.post<{ id: string }>(`${base}/cards`, {
      card: minimalCard(),
    });
    await clients.redacteur.delete(`${base}/cards/${binned.id}`);

    const before = await cardHashes(db);
    for (const line of before) expect(line.split(' ')[1]).toBe(line.split(' ')[2]);
    const first = join(dir, 'eerste.jsonl');
    await writeBackup(db, first);
    // Sessions stay out of a backup (a restore signs everyone out). Read as rows: a pattern
    // over the text matched now and then in a random hash or id of another table.
    const tables = readFileSync(first, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { table?: string }).table);
    expect(tables).toContain('accounts');
    expect(tables).not.toContain('sessions');

    await emptyDatabase(db);
    await restoreBackup(db, first);
    expect(await cardHashes(db)).toEqual(before);
    const second = join(dir, 'tweede.jsonl');
    await writeBackup(db, second);
    expect(body(second)).toBe(body(first));

    // Sessions are not restored: everyone signs in again, with the same password.
    expect((await clients.redacteur.get('/api/auth/me')).status).toBe(401);
    const again = await new TestClient(app).signIn(accounts.redacteur.email, PASSWORD);
    const bin = await again.get<{ cards: { id: string }[] }>(`${base}/bin`);
    expect(bin.body.cards.map((c) => c.id)).toEqual([binned.id]);
  });

  it('refuses to restore over data, and refuses a truncated or damaged file', async () => {
    const { db, clients, base } = await world();
    await clients.redacteur.post(`${base}/cards`, { card: minimalCard() });
    const file = join(dir, 'volledig.jsonl');
    await writeBackup(db, file);
    await expect(restoreBackup(db, file)).rejects.toThrow(/niet leeg/);

    await emptyDatabase(db);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const cut = join(dir, 'afgebroken.jsonl');
    writeFileSync(cut, lines.slice(0, -1).join('\n') + '\n');
    await expect(restoreBackup(db, cut)).rejects.toBeInstanceOf(RestoreError);
    const damaged = join(dir, 'beschadigd.jsonl');
    writeFileSync(
      damaged,
      lines.map((l) => l.replace('Kleinste geldige kaart', 'Iets anders')).join('\n'),
    );
    await expect(restoreBackup(db, damaged)).rejects.toThrow(/beschadigd/);
    expect(await db.query('SELECT 1 FROM accounts')).toHaveLength(0); // nothing half-restored

    await restoreBackup(db, file);
    expect((await db.query('SELECT 1 FROM accounts')).length).toBeGreaterThan(0);
  });
});
