import { describe, expect, it } from 'vitest';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { DocumentStore, redoLabel, undoLabel } from '../../editor/state/document-store';
import {
  addNode,
  connect,
  deleteElements,
  insertFragment,
  moveNodes,
  updateNode,
} from '../../editor/state/commands/flow-commands';
import { sampleText } from './helpers';

function sample(): Card {
  const result = loadCard(sampleText());
  if (!result.ok) throw new Error('sample');
  return result.card;
}

function storeWithSample(clock = { t: 0 }) {
  const store = new DocumentStore(() => clock.t);
  store.load('zov', sample());
  return { store, clock, card: () => store.getState()!.card };
}

describe('DocumentStore', () => {
  it('loading is not a step', () => {
    const { store } = storeWithSample();
    expect(store.getState()!.past).toHaveLength(0);
    expect(store.undo()).toBe(false);
  });

  it('add, connect, edit, delete: each undoes and redoes exactly', () => {
    const { store, card, clock } = storeWithSample();
    const original = JSON.stringify(card());
    const node = {
      id: 'nieuw',
      kind: 'step' as const,
      text: 'Nieuwe stap',
      position: { x: 10, y: 20 },
    };
    const snapshots = [original];
    expect(store.execute(addNode, { node }).applied).toBe(true);
    snapshots.push(JSON.stringify(card()));
    store.execute(connect, { edge: { id: 'e-nieuw', source: 'start', target: 'nieuw' } });
    snapshots.push(JSON.stringify(card()));
    clock.t += 5000;
    store.execute(updateNode, { id: 'nieuw', changes: { text: 'Gewijzigde stap' } });
    snapshots.push(JSON.stringify(card()));
    store.execute(deleteElements, { nodeIds: ['nieuw'], edgeIds: [] });
    snapshots.push(JSON.stringify(card()));
    expect(card().flow.edges.some((e) => e.target === 'nieuw')).toBe(false);
    expect(undoLabel(store.getState())?.nl).toBe('Knoop verwijderd');

    for (let i = snapshots.length - 2; i >= 0; i--) {
      expect(store.undo()).toBe(true);
      expect(JSON.stringify(card())).toBe(snapshots[i]);
    }
    expect(redoLabel(store.getState())?.nl).toBe('Stap toegevoegd');
    for (let i = 1; i < snapshots.length; i++) {
      expect(store.redo()).toBe(true);
      expect(JSON.stringify(card())).toBe(snapshots[i]);
    }
  });

  it('typing into one field becomes one step; a pause starts a new one', () => {
    const { store, card, clock } = storeWithSample();
    const id = card().flow.nodes.find((n) => n.kind === 'step')!.id;
    for (const text of ['G', 'Ga', 'Ga n', 'Ga na']) {
      clock.t += 200;
      store.execute(updateNode, { id, changes: { text } });
    }
    expect(store.getState()!.past).toHaveLength(1);
    clock.t += 5000;
    store.execute(updateNode, { id, changes: { text: 'Ga na of' } });
    expect(store.getState()!.past).toHaveLength(2);
    store.undo();
    expect(card().flow.nodes.find((n) => n.id === id)!.text).toBe('Ga na');
    store.undo();
    expect(card().flow.nodes.find((n) => n.id === id)!.text).toBe(
      sample().flow.nodes.find((n) => n.id === id)!.text,
    );
  });

  it('a field tidied on leaving joins its typing, however long ago; another kind does not', () => {
    const { store, card, clock } = storeWithSample();
    const id = card().flow.nodes.find((n) => n.kind === 'step')!.id;
    const before = card().flow.nodes.find((n) => n.id === id)!.text;
    store.execute(updateNode, { id, changes: { text: 'Ga  na ' } });
    clock.t += 5000;
    store.continueStep(() => store.execute(updateNode, { id, changes: { text: 'Ga na' } }));
    expect(store.getState()!.past).toHaveLength(1);
    clock.t += 5000;
    store.continueStep(() => store.execute(updateNode, { id, changes: { width: 300 } }));
    expect(store.getState()!.past).toHaveLength(2);
    store.undo();
    store.undo();
    expect(card().flow.nodes.find((n) => n.id === id)!.text).toBe(before);
  });

  it('a drag of several nodes is one step', () => {
    const { store, card } = storeWithSample();
    const moves = card()
      .flow.nodes.slice(0, 3)
      .map((n) => ({ id: n.id, position: { x: n.position.x + 50, y: n.position.y } }));
    store.execute(moveNodes, { moves });
    expect(store.getState()!.past).toHaveLength(1);
    expect(undoLabel(store.getState())?.nl).toBe('3 knopen verplaatst');
  });

  it('a command that changes nothing is no step, and keeps the card object', () => {
    const { store, card } = storeWithSample();
    const before = card();
    expect(
      store.execute(connect, { edge: { id: 'x', source: 'start', target: 'start' } }).applied,
    ).toBe(false);
    expect(store.execute(updateNode, { id: 'bestaat-niet', changes: { text: 'x' } }).applied).toBe(
      false,
    );
    expect(card()).toBe(before);
    expect(store.getState()!.past).toHaveLength(0);
  });

  it('unchanged nodes keep their identity after an edit (cheap re-rendering)', () => {
    const { store, card } = storeWithSample();
    const before = card().flow.nodes;
    store.execute(updateNode, { id: 'tip', changes: { text: 'Andere tip' } });
    const after = card().flow.nodes;
    const changed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed).toEqual(['tip']);
  });

  it('pasting brings along the roles the nodes name', () => {
    const { store, card } = storeWithSample();
    store.execute(insertFragment, {
      how: 'paste',
      fragment: {
        nodes: [
          {
            id: 'p1',
            kind: 'step',
            text: 'Bel het nieuwe team',
            roles: ['nieuw-team'],
            position: { x: 0, y: 0 },
          },
        ],
        edges: [],
        roles: [
          { id: 'nieuw-team', name: 'het nieuwe team' },
          { id: 'vk', name: 'dubbel' },
        ],
      },
    });
    expect(card().roles.filter((r) => r.id === 'vk')).toHaveLength(1);
    expect(card().roles.some((r) => r.id === 'nieuw-team')).toBe(true);
  });

  it('the revision increases on every change, for autosave', () => {
    const { store } = storeWithSample();
    const r0 = store.getState()!.revision;
    store.execute(updateNode, { id: 'tip', changes: { text: 'x' } });
    store.undo();
    store.redo();
    expect(store.getState()!.revision).toBe(r0 + 3);
    expect(store.getState()!.lastChange).toBe('redo');
  });
  it('undo and redo of the last ten steps hand back their very cards; older ones, equal ones', () => {
    const { store, card } = storeWithSample();
    const id = card().flow.nodes[0]!.id;
    const cards = [card()];
    for (let i = 1; i <= 12; i++) {
      store.execute(moveNodes, { moves: [{ id, position: { x: i * 20, y: 0 } }] });
      cards.push(card());
    }
    store.undo();
    expect(card()).toBe(cards[11]);
    store.redo();
    expect(card()).toBe(cards[12]);
    for (let i = 11; i >= 0; i--) {
      store.undo();
      expect(card()).toEqual(cards[i]);
      // Steps 3 to 12 kept their cards; steps 1 and 2 go back by their patches.
      if (i >= 2) expect(card()).toBe(cards[i]);
      else expect(card()).not.toBe(cards[i]);
    }
    // Redone by patches from a card that is not the step's own: equal, not the same.
    store.redo();
    expect(card()).toEqual(cards[1]);
    expect(card()).not.toBe(cards[1]);
  });
});
