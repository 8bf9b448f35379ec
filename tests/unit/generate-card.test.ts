import { describe, expect, it } from 'vitest';
import { generateCard } from '../../bench/generate-card';
import { loadCardValue } from '../../schema/load/load-card';

describe('the benchmark card generator', () => {
  it.each([100, 1000, 5000])('makes a valid card of %i nodes with no error', (count) => {
    const card = generateCard({ nodes: count });
    expect(card.flow.nodes).toHaveLength(count);
    const result = loadCardValue(JSON.parse(JSON.stringify(card)), { now: new Date('2026-11-28') });
    expect(result.ok).toBe(true);
    expect(result.ok && result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    expect(generateCard({ nodes: 200, seed: 7 })).toEqual(generateCard({ nodes: 200, seed: 7 }));
    expect(generateCard({ nodes: 200, seed: 7 })).not.toEqual(
      generateCard({ nodes: 200, seed: 8 }),
    );
  });
});
