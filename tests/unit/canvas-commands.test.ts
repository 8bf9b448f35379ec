import { describe, expect, it } from 'vitest';
import { DocumentStore, undoLabel } from '../../editor/state/document-store';
import {
  addConnectedNode,
  addRoleToNode,
  nudgeNodes,
  restructureNode,
} from '../../editor/state/commands/canvas-commands';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { sampleCard } from './helpers';

const sample = sampleCard;

function setup() {
  const clock = { t: 0 };
  const store = new DocumentStore(() => clock.t);
  store.load('zov', sample());
  return { store, clock, card: () => store.getState()!.card };
}

const node = (id: string) => ({
  id,
  kind: 'step' as const,
  text: 'Nieuw',
  position: { x: 5, y: 5 },
});

describe('canvas commands', () => {
  it('adds a node with its arrow as one step, and undoes both', () => {
    const { store, card } = setup();
    const before = JSON.stringify(card());
    store.execute(addConnectedNode, {
      node: node('n1'),
      edge: { id: 'e-n1', source: 'polsen', target: 'n1' },
    });
    expect(card().flow.nodes.at(-1)!.id).toBe('n1');
    expect(card().flow.edges.at(-1)).toEqual({ id: 'e-n1', source: 'polsen', target: 'n1' });
    expect(store.getState()!.past).toHaveLength(1);
    expect(undoLabel(store.getState())?.nl).toBe('Stap toegevoegd');
    store.undo();
    expect(JSON.stringify(card())).toBe(before);
  });

  it('a burst of nudges is one undo step; a pause starts another', () => {
    const { store, card, clock } = setup();
    const start = card().flow.nodes.find((n) => n.id === 'start')!.position;
    for (let i = 0; i < 5; i++) {
      clock.t += 100;
      store.execute(nudgeNodes, { ids: ['start', 'tip'], dx: 10, dy: 0 });
    }
    expect(card().flow.nodes.find((n) => n.id === 'start')!.position).toEqual({
      x: start.x + 50,
      y: start.y,
    });
    expect(store.getState()!.past).toHaveLength(1);
    expect(undoLabel(store.getState())?.nl).toBe('2 knopen verschoven');
    clock.t += 5000;
    store.execute(nudgeNodes, { ids: ['tip', 'start'], dx: 0, dy: -10 });
    expect(store.getState()!.past).toHaveLength(2);
    store.undo();
    store.undo();
    expect(card().flow.nodes.find((n) => n.id === 'start')!.position).toEqual(start);
  });

  it('a list change never merges with the typing just before it', () => {
    const { store, card } = setup();
    store.execute(updateNode, { id: 'gespreksvragen', changes: { items: ['a'] } });
    store.execute(restructureNode, {
      id: 'gespreksvragen',
      changes: { items: ['a', ''] },
      label: { nl: 'Punt toegevoegd', en: 'Item added' },
    });
    expect(store.getState()!.past).toHaveLength(2);
    expect(undoLabel(store.getState())?.nl).toBe('Punt toegevoegd');
    store.undo();
    expect(card().flow.nodes.find((n) => n.id === 'gespreksvragen')!.items).toEqual(['a']);
  });

  it('creates a role from a step and names it there, once', () => {
    const { store, card } = setup();
    const role = { id: 'ocmw', name: 'het OCMW' };
    store.execute(addRoleToNode, { nodeId: 's1-stap-4', role });
    store.execute(addRoleToNode, { nodeId: 's1-stap-4', role });
    expect(card().roles.filter((r) => r.id === 'ocmw')).toHaveLength(1);
    expect(card().flow.nodes.find((n) => n.id === 's1-stap-4')!.roles).toEqual([
      'kind-en-gezin',
      'ocmw',
    ]);
    expect(store.getState()!.past).toHaveLength(1);
    store.undo();
    expect(card().roles.some((r) => r.id === 'ocmw')).toBe(false);
  });
});
