// Dexie's liveQuery, for the studio's own services: Dexie is loaded on the side
// (studio.ts), so the query starts once it and the database are there, and
// stopping before that means it never starts.
import type { Observer } from 'dexie';
import type { StudioDb } from './db';

/**
 * Runs `query` now and again whenever what it read changes; returns how to stop.
 * `database` is the one the query reads (DbHandle reads it at once only when loaded).
 */
export function watchQuery<T>(
  database: Promise<StudioDb>,
  query: () => Promise<T>,
  observer: Partial<Observer<T>>,
): () => void {
  let stopped = false;
  let stop = () => {
    stopped = true;
  };
  Promise.all([import('dexie'), database]).then(
    ([{ liveQuery }]) => {
      if (stopped) return;
      const subscription = liveQuery(query).subscribe(observer);
      stop = () => subscription.unsubscribe();
    },
    (error: unknown) => observer.error?.(error),
  );
  return () => stop();
}
