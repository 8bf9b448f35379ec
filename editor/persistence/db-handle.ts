// The studio's database for the services that share it, while Dexie may still
// be loading (studio.ts imports it on the side of the first card).
import type { DbSource, StudioDb } from './db';

export class DbHandle {
  readonly ready: Promise<StudioDb>;
  private loaded: StudioDb | undefined;

  constructor(source: DbSource) {
    this.ready = Promise.resolve(source);
    this.ready.then(
      (db) => void (this.loaded = db),
      () => undefined,
    );
  }

  /**
   * Runs `read` on the database: at once when it is loaded, after it loads
   * otherwise. At once matters to Dexie's liveQuery: it follows the tables a
   * query reads only when they are read in its own call, not after an await of
   * some other promise.
   */
  use<T>(read: (db: StudioDb) => Promise<T>): Promise<T> {
    return this.loaded ? read(this.loaded) : this.ready.then(read);
  }
}
