// Card contents in the version history, stored small: each distinct content
// once (keyed by its hash), as a JSON patch on the card's previous snapshot,
// with a whole copy (a keyframe) every KEYFRAME_EVERY snapshots so that
// reading any version applies at most KEYFRAME_EVERY - 1 small patches.
import type { Card } from '../../schema/types';
import type { DbSource } from '../persistence/db';
import { DbHandle } from '../persistence/db-handle';
import { applyJsonPatchInPlace, diffJson } from './json-patch';
import type { SnapshotRow } from './version-rows';

/** A keyframe every 50 snapshots: about 0.5 kB per version for a 25 kB card, plus the patch. */
export const KEYFRAME_EVERY = 50;
/** Recently read contents kept in memory: the latest one is the base of the next patch. */
const CACHE_SIZE = 16;

export class SnapshotStore {
  private readonly cache = new Map<string, Card>();

  private readonly db: DbHandle;

  constructor(db: DbSource) {
    this.db = new DbHandle(db);
  }

  /** The key a card's content has in this card's history, from the hash of its canonical JSON. */
  static keyOf(rowId: string, snapshotHash: string): string {
    return `${rowId}/${snapshotHash}`;
  }

  /**
   * Stores `card` under `key` unless it is already there, as a patch on
   * `baseKey` (the card's latest snapshot) when that is smaller than a copy.
   * Cards are never changed in place (every edit makes a new one), so the card
   * itself is kept in memory and written, not a copy of it.
   */
  async put(key: string, rowId: string, card: Card, baseKey: string | undefined): Promise<string> {
    const db = await this.db.ready;
    if (await db.snapshots.get(key)) return key;
    const row = await this.encode(key, rowId, card, baseKey);
    await db.snapshots.put(row);
    this.remember(key, card);
    return key;
  }

  private async encode(
    key: string,
    rowId: string,
    card: Card,
    baseKey: string | undefined,
  ): Promise<SnapshotRow> {
    const keyframe: SnapshotRow = { key, rowId, depth: 0, card };
    const baseRow = baseKey ? await (await this.db.ready).snapshots.get(baseKey) : undefined;
    if (!baseRow || baseRow.depth + 1 >= KEYFRAME_EVERY) return keyframe;
    const patch = diffJson(await this.get(baseRow.key), card);
    // A patch larger than half the card (a restore of something old, an import) is not worth it.
    if (JSON.stringify(patch).length * 2 > JSON.stringify(card).length) return keyframe;
    return { key, rowId, depth: baseRow.depth + 1, base: baseRow.key, patch };
  }

  /** The card a snapshot holds. Do not change what it returns: it may be cached. */
  async get(key: string): Promise<Card> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Walk back to a keyframe (or a cached content), then apply the patches forward.
    const chain: SnapshotRow[] = [];
    let start: Card | undefined;
    for (let at: string | undefined = key; at && !start;) {
      start = this.cache.get(at);
      if (start) break;
      const row: SnapshotRow | undefined = await (await this.db.ready).snapshots.get(at);
      if (!row) throw new Error(`Missing snapshot ${at}`);
      if (row.card) start = row.card;
      else chain.push(row);
      at = row.base;
    }
    if (!start) throw new Error(`No keyframe under snapshot ${key}`);
    let card = structuredClone(start);
    for (const row of chain.reverse()) card = applyJsonPatchInPlace(card, row.patch ?? []);
    this.remember(key, card);
    return card;
  }

  private remember(key: string, card: Card): void {
    this.cache.delete(key);
    this.cache.set(key, card);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }
}
