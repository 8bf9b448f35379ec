// What changed in the open card's problems from one check to the next. The
// worker answers a check after patches with the new list in which every
// problem the last list had too is its index there: the 1,000-node bench card
// has ~600 warnings (180 kB), which the page copied in after every change
// (~16 ms), and a move changes a few of them, in more than one place of the
// list (its own check, and the drawing warnings further down). Unchanged
// problems keep their objects, and a list with no change keeps its identity,
// so nothing downstream draws again.
import type { Problem } from '../../schema/problems';

/** The new list: an index into the last list for a problem it had, the problem itself otherwise. */
export type ProblemsChange = (number | Problem)[];

const keyOf = (p: Problem): string =>
  `${p.code}\u0000${p.severity}\u0000${p.pointer}\u0000${p.message.nl}\u0000${p.message.en}`;

export function problemsChange(
  before: readonly Problem[],
  after: readonly Problem[],
): ProblemsChange {
  // The same problem may be listed twice: each index is used once, in order.
  const at = new Map<string, number[]>();
  before.forEach((p, i) => {
    const key = keyOf(p);
    const known = at.get(key);
    if (known) known.push(i);
    else at.set(key, [i]);
  });
  return after.map((p) => at.get(keyOf(p))?.shift() ?? p);
}

/** The new list from the last one; the last list itself when nothing changed. */
export function applyProblemsChange(before: Problem[], change: ProblemsChange): Problem[] {
  const after = change.map((x) => (typeof x === 'number' ? before[x]! : x));
  const unchanged = after.length === before.length && after.every((p, i) => p === before[i]);
  return unchanged ? before : after;
}
