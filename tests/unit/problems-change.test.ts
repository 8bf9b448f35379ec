// The worker answers a check after patches with what changed in the problems;
// the page's list after the change must be the worker's list, with unchanged
// problems (and an unchanged list) kept as they were.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../schema/problems';
import { applyProblemsChange, problemsChange } from '../../editor/problems/problems-change';

const problem = (pointer: string, nl = `Op ${pointer}`): Problem => ({
  code: 'drawing-overlap',
  severity: 'warning',
  pointer,
  message: { nl, en: `At ${pointer}` },
});
const list = (...pointers: string[]) => pointers.map((p) => problem(p));
/** The change sent as the worker sends it (a copy, as postMessage makes), then applied. */
const carried = (before: Problem[], after: Problem[]) =>
  applyProblemsChange(before, structuredClone(problemsChange(before, after)));

describe('problems sent as a change', () => {
  it('rebuilds the new list for every kind of change', () => {
    const before = list('/a', '/b', '/c', '/d');
    const cases = [
      list('/a', '/b', '/c', '/d'),
      list('/a', '/b', '/x', '/c', '/d'),
      list('/a', '/c', '/d'),
      list('/x', '/a', '/b', '/c', '/d'),
      list('/a', '/b', '/c', '/d', '/x'),
      list(),
      list('/b', '/a'),
      [problem('/a'), problem('/b', 'Anders gezegd'), problem('/c'), problem('/d')],
      list('/a', '/a', '/b', '/c', '/d'),
    ];
    expect(cases.map((after) => carried(before, after))).toEqual(cases);
    expect(carried([], list('/a'))).toEqual(list('/a'));
  });

  it('keeps the list itself when nothing changed, and unchanged problems otherwise', () => {
    const before = list('/a', '/b', '/c');
    const change = problemsChange(before, list('/a', '/b', '/c'));
    expect(change).toEqual([0, 1, 2]);
    expect(applyProblemsChange(before, change)).toBe(before);
    const after = carried(before, list('/c', '/x', '/a'));
    expect(after[0]).toBe(before[2]);
    expect(after[2]).toBe(before[0]);
    // Only the new problem crosses whole.
    expect(problemsChange(before, list('/a', '/x', '/c'))).toEqual([0, problem('/x'), 2]);
  });
});
