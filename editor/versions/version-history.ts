// Every card's versions in the studio's database: named versions the user
// saved with a message, and automatic checkpoints. Each has a date, an author,
// a message and the content hash; the content itself is in the snapshot store,
// stored once per distinct content and as patches between versions.
import type { Card } from '../../schema/types';
import type { DbSource } from '../persistence/db';
import { DbHandle } from '../persistence/db-handle';
import { newId } from '../state/ids';
import { inWorker } from '../workers/schema-worker';
import { SnapshotStore } from './snapshot-store';
import type { VersionReason, VersionRow } from './version-rows';

export interface RecordInput {
  reason: VersionReason;
  author?: string;
  message?: string;
  restoredFrom?: string;
  releaseVersion?: string;
}

export class VersionHistory {
  readonly snapshots: SnapshotStore;

  protected readonly db: DbHandle;

  constructor(
    db: DbSource,
    private readonly now: () => number = Date.now,
  ) {
    this.db = new DbHandle(db);
    this.snapshots = new SnapshotStore(this.db.ready);
  }

  /** Newest first. */
  async list(rowId: string): Promise<VersionRow[]> {
    const rows = await this.db.use((db) =>
      db.versions
        .where('[rowId+createdAt]')
        .between([rowId, -Infinity], [rowId, Infinity])
        .toArray(),
    );
    return rows.reverse();
  }

  async latest(rowId: string): Promise<VersionRow | undefined> {
    return this.db.use((db) =>
      db.versions.where('[rowId+createdAt]').between([rowId, -Infinity], [rowId, Infinity]).last(),
    );
  }

  async get(id: string): Promise<VersionRow | undefined> {
    return this.db.use((db) => db.versions.get(id));
  }

  /** The card as it was in a version. Do not change it: it may be shared. */
  async cardOf(version: VersionRow): Promise<Card> {
    return this.snapshots.get(version.snapshot);
  }

  /**
   * Records a version of `card`. An automatic checkpoint of the same content as
   * the latest version is not recorded (returns undefined): opening a card ten
   * times without editing it leaves one entry, not ten.
   */
  async record(rowId: string, card: Card, input: RecordInput): Promise<VersionRow | undefined> {
    const latest = await this.latest(rowId);
    // The card's canonical JSON and its hashes, in the worker: for a 5 MB card that is seconds.
    const hashes = await inWorker('fingerprint', { card });
    const key = SnapshotStore.keyOf(rowId, hashes.snapshot);
    if (input.reason !== 'named' && latest?.snapshot === key && !input.releaseVersion)
      return undefined;
    const snapshot = await this.snapshots.put(key, rowId, card, latest?.snapshot);
    // Two versions in the same millisecond still sort in the order they were made.
    const createdAt = Math.max(this.now(), (latest?.createdAt ?? 0) + 1);
    const row: VersionRow = {
      id: newId('v', () => false),
      rowId,
      createdAt,
      reason: input.reason,
      author: input.author?.trim() ?? '',
      message: input.message?.trim() ?? '',
      hash: hashes.content,
      snapshot,
      ...(input.restoredFrom ? { restoredFrom: input.restoredFrom } : {}),
      ...(input.releaseVersion ? { releaseVersion: input.releaseVersion } : {}),
    };
    await (await this.db.ready).versions.add(row);
    return row;
  }

  /**
   * What the history of a card takes in the database, in bytes of JSON: its
   * version rows and its snapshots. A measure for tests and the benchmark
   * (IndexedDB's own encoding is of the same order).
   */
  async storedBytes(rowId: string): Promise<number> {
    const versions = await this.list(rowId);
    const snapshots = await (await this.db.ready).snapshots.where('rowId').equals(rowId).toArray();
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    return versions.reduce((n, v) => n + bytes(v), 0) + snapshots.reduce((n, s) => n + bytes(s), 0);
  }
}
