// The canvas's setEdges leaves React Flow's lookups exactly as its own full
// rebuild would, for arrows that turn to other sides, get selected, or share
// their handles with another arrow.
import { describe, expect, it } from 'vitest';
import { updateConnectionLookup, type ConnectionLookup, type EdgeLookup } from '@xyflow/system';
import type { Edge } from '@xyflow/react';
import { updateEdgeLookups } from '../../editor/canvas/incremental-edges';

const SIDES = ['top', 'right', 'bottom', 'left'];
const edge = (id: string, source: string, target: string, s = 'bottom', t = 'top'): Edge => ({
  id,
  source,
  target,
  sourceHandle: s,
  targetHandle: t,
});

function rebuilt(edges: Edge[]) {
  const connections: ConnectionLookup = new Map();
  const edgesById: EdgeLookup = new Map();
  updateConnectionLookup(connections, edgesById, edges);
  return { connections, edgesById };
}

/** Both lookups as plain values, empty maps left out (a missing key reads the same). */
const plain = ({ connections, edgesById }: ReturnType<typeof rebuilt>) => ({
  connections: [...connections]
    .filter(([, m]) => m.size > 0)
    .map(([k, m]) => [k, [...m].sort(([a], [b]) => a.localeCompare(b))] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
  edges: [...edgesById].sort(([a], [b]) => a.localeCompare(b)),
});

/** The lookups after the incremental step from `before` to `after`, and after a full rebuild. */
function step(before: Edge[], after: Edge[]) {
  const live = rebuilt(before);
  updateEdgeLookups(live.connections, live.edgesById, before, after);
  return { live, got: plain(live), want: plain(rebuilt(after)) };
}
const same = ({ got, want }: ReturnType<typeof step>) => expect(got).toEqual(want);

describe('incremental edge lookups', () => {
  const base = [edge('a', 'n1', 'n2'), edge('b', 'n2', 'n3'), edge('c', 'n1', 'n3')];

  it('turns an arrow to other sides and back, touching only that arrow', () => {
    const turned = base.map((e) => (e.id === 'b' ? edge('b', 'n2', 'n3', 'right', 'left') : e));
    const turn = step(base, turned);
    same(turn);
    expect(turn.live.edgesById.get('a')).toBe(base[0]);
    same(step(turned, base));
  });

  it('follows a selection and random turns over many steps', () => {
    let edges = Array.from({ length: 60 }, (_, i) =>
      edge(`e${i}`, `n${i % 13}`, `n${(i * 7) % 13}`, SIDES[i % 4], SIDES[(i + 1) % 4]),
    );
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 40; round++) {
      const next = edges.map((e) =>
        random() < 0.15
          ? {
              ...e,
              sourceHandle: SIDES[Math.floor(random() * 4)],
              targetHandle: SIDES[Math.floor(random() * 4)],
              selected: random() < 0.5,
            }
          : e,
      );
      const { got, want } = step(edges, next);
      expect(got).toEqual(want);
      edges = next;
    }
  });

  it('rebuilds when arrows share their handles, or the list itself changed', () => {
    const twins = [...base, edge('d', 'n1', 'n2')];
    const steps = [
      step(
        twins,
        twins.map((e) => (e.id === 'a' ? { ...e, selected: true } : e)),
      ),
      step(base, [...base, edge('d', 'n3', 'n1')]),
      step(base, [base[1]!, base[0]!, base[2]!]),
      step(base, base.slice(1)),
    ];
    expect(steps.map((s) => s.got)).toEqual(steps.map((s) => s.want));
  });

  it('adds arrows appended at the end, in slices, the way a full rebuild would', () => {
    const all = Array.from({ length: 50 }, (_, i) =>
      edge(`e${i}`, `n${i % 11}`, `n${(i * 5 + 1) % 11}`, SIDES[i % 4], SIDES[(i + 2) % 4]),
    );
    const counts = [0, 17, 34, 50];
    const steps = counts.map((count, i) =>
      step(all.slice(0, counts[i - 1] ?? 0), all.slice(0, count)),
    );
    // A twin of an earlier arrow (same handles) among the new ones: the full rebuild decides.
    steps.push(step(base, [...base, edge('d', 'n1', 'n2')]));
    expect(steps.map((s) => s.got)).toEqual(steps.map((s) => s.want));
    // The arrows already there keep their entries.
    expect(steps[2]!.live.edgesById.get('e0')).toBe(all[0]);
  });
});
