// A large card opened in place of another gets its arrows a slice per task:
// React Flow builds its connection lookup and draws every arrow whose box
// crosses the view in one go, and for the bench's 5,000-node card that was
// one task of 163–278 ms after the one that drew the nodes (in a probe that
// itself counted the elements after every change). In slices of 1,500 the
// same probe saw tasks of 53–107 ms, and the arrows appear within a few
// frames. Edits, undo and smaller cards get all arrows at once, as before.
import { useEffect, useMemo, useState } from 'react';

export const ARROWS_PER_TASK = 1500;

/**
 * The arrows to hand React Flow. `waiting`: a large card came in place of
 * another and its nodes are not drawn yet; its arrows then come in slices,
 * the first once the nodes are there.
 */
export function useArrowsInSlices<E>(
  cardId: string | undefined,
  edges: E[],
  waiting: boolean,
): E[] {
  const [shown, setShown] = useState({ of: cardId, count: Infinity });
  // Decided when the card changes, in that render (React renders again at once).
  if (shown.of !== cardId) setShown({ of: cardId, count: waiting ? 0 : Infinity });
  const count = shown.of === cardId ? shown.count : 0;
  const all = count >= edges.length;
  useEffect(() => {
    if (all || waiting) return;
    const next = count + ARROWS_PER_TASK;
    const timer = setTimeout(() =>
      setShown({ of: cardId, count: next >= edges.length ? Infinity : next }),
    );
    return () => clearTimeout(timer);
  }, [all, waiting, cardId, count, edges.length]);
  return useMemo(() => (all ? edges : edges.slice(0, count)), [all, edges, count]);
}
