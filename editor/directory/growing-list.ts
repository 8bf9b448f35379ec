// A list of thousands of rows (a directory read from a large sheet) is drawn a
// few hundred rows at a time, one batch per task, so the page answers between
// batches instead of freezing for seconds; the rows are all there a moment later.
import { useEffect, useState } from 'react';

/** Rows drawn in the first batch, and added per batch after it. */
export const BATCH = 150;

/** How many of `total` rows to draw now: a batch more after every task, up to all of them. */
export function useGrowingCount(total: number): number {
  const [count, setCount] = useState(BATCH);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((n) => n + BATCH));
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
