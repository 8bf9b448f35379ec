// What the comparison marks on the chart.
import { describe, expect, it } from 'vitest';
import { compareMarks, mergedFlow } from '../../editor/versions/compare-marks';
import { diffCards } from '../../schema/diff';
import { minimalCard } from './helpers';

describe('compareMarks', () => {
  it('marks added, removed, changed and moved nodes and arrows; removed ones stay drawable', () => {
    const older = minimalCard();
    const newer = structuredClone(older);
    const step = newer.flow.nodes.find((n) => n.id === 'stap')!;
    step.text = 'Anders';
    step.position = { x: step.position.x + 50, y: step.position.y };
    newer.flow.nodes[0]!.position = { x: 300, y: 300 };
    const removed = newer.flow.nodes.pop()!;
    newer.flow.edges = newer.flow.edges.filter(
      (e) => e.source !== removed.id && e.target !== removed.id,
    );
    newer.flow.nodes.push({ id: 'nieuw', kind: 'note', text: 'Nieuw', position: { x: 0, y: 0 } });

    const marks = compareMarks(diffCards(older, newer));
    expect(marks.nodes.get('stap')).toBe('changed');
    expect(marks.nodes.get(newer.flow.nodes[0]!.id)).toBe('moved');
    expect(marks.nodes.get(removed.id)).toBe('removed');
    expect(marks.nodes.get('nieuw')).toBe('added');
    const removedEdges = older.flow.edges.filter((e) => e.target === removed.id);
    for (const e of removedEdges) expect(marks.edges.get(e.id)).toBe('removed');

    const flow = mergedFlow(older, newer);
    expect(flow.nodes.map((n) => n.id)).toContain(removed.id);
    expect(flow.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining(removedEdges.map((e) => e.id)),
    );
  });
});
