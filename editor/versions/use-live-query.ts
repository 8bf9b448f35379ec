// A Dexie live query as React state: re-runs when the tables it read change
// (in this tab or another), so lists of versions and releases stay current.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useMemo.
  }, deps);
  return value;
}
