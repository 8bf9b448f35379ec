// A list of thousands of rows (a directory read from a large sheet) is drawn a
// batch at a time, so the page answers between batches instead of freezing for
// seconds; the rows are all there a moment later. The first batch is drawn with
// the change itself (50 rows per section); the others are transitions,
// which React draws in slices of a few milliseconds, so typing, clicks and the
// notice of an import never wait behind them.
import { startTransition, useEffect, useState } from 'react';

/** Rows drawn at once, and added per batch after that. */
export const FIRST = 50;
export const BATCH = 150;

/** How many of `total` rows to draw now: a batch more after every task, up to all of them. */
export function useGrowingCount(total: number): number {
  const [count, setCount] = useState(FIRST);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setCount((n) => n + BATCH)));
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
