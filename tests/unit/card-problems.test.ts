import { describe, expect, it } from 'vitest';
import { problemsOfItem, problemsUnder } from '../../editor/problems/card-problems';
import { problem } from '../../schema/problems';

const at = (pointer: string) => problem('schema', 'error', pointer);

const list = [
  at('/flow/nodes/3'),
  at('/flow/nodes/3/items/0'),
  at('/flow/nodes/30/text'),
  at('/flow/edges/3/label'),
  at('/directory/partners/3/phone'),
  at('/flow/nodes/3/text'),
];

describe("problemsOfItem: the inspector's problems of one node or arrow", () => {
  it('finds what problemsUnder finds, in the same order', () => {
    for (const [kind, index] of [
      ['nodes', 3],
      ['nodes', 30],
      ['edges', 3],
      ['nodes', 4],
      ['nodes', -1],
    ] as const) {
      expect(problemsOfItem(list, kind, index)).toEqual(
        problemsUnder(list, `/flow/${kind}/${index}`),
      );
    }
    expect(problemsOfItem(list, 'nodes', 3)).toHaveLength(3);
  });

  it('splits a list once: asked again, it hands the same array', () => {
    expect(problemsOfItem(list, 'nodes', 3)).toBe(problemsOfItem(list, 'nodes', 3));
    expect(problemsOfItem([...list], 'nodes', 3)).not.toBe(problemsOfItem(list, 'nodes', 3));
  });
});
