// The problems of the open card follow its changes after the change is drawn,
// and a change that only moves nodes is not checked again.
import { describe, expect, it } from 'vitest';
import { ProblemChecker } from '../../editor/problems/problem-checker';
import { moveNodes, updateNode } from '../../editor/state/commands/flow-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { generateCard } from '../../bench/generate-card';
import { sampleCard } from './helpers';

const settled = () => new Promise((r) => setTimeout(r, 20));

function setup(card = sampleCard()) {
  const store = new DocumentStore();
  const checker = new ProblemChecker(store);
  store.load('kaart', card);
  return { store, checker };
}

describe('the problem checker', () => {
  it('checks a card as soon as it is opened, and again after an edit', async () => {
    const { store, checker } = setup();
    const opened = checker.checked.get();
    expect(opened?.card).toBe(store.getState()!.card);
    const step = store.getState()!.card.flow.nodes.find((n) => n.kind === 'step')!;
    store.execute(updateNode, { id: step.id, changes: { width: 10 } });
    expect(checker.checked.get()).toBe(opened); // not between the key and the frame
    await settled();
    const after = checker.checked.get()!;
    expect(after.card).toBe(store.getState()!.card);
    const index = after.card.flow.nodes.findIndex((n) => n.id === step.id);
    expect(after.problems.some((p) => p.pointer.startsWith(`/flow/nodes/${index}/width`))).toBe(
      true,
    );
    expect(after.levels.get(step.id)).toBe('error');
  });

  it('a move, and its undo, keep the problems as they are', async () => {
    const { store, checker } = setup();
    const before = checker.checked.get();
    store.execute(moveNodes, { moves: [{ id: 'tip', position: { x: 900, y: 20 } }] });
    store.undo();
    await settled();
    expect(checker.checked.get()).toBe(before);
  });

  it('a move out of the bounds the schema allows is checked', async () => {
    const { store, checker } = setup();
    const before = checker.checked.get();
    store.execute(moveNodes, { moves: [{ id: 'tip', position: { x: 2_000_000, y: 0 } }] });
    await settled();
    expect(checker.checked.get()).not.toBe(before);
    expect(checker.checked.get()!.levels.get('tip')).toBe('error');
  });

  it('a large card is checked off the main thread, and never shows another card’s problems', async () => {
    const { store, checker } = setup();
    expect(checker.checked.get()).not.toBeNull();
    store.load('groot', generateCard({ nodes: 400 }));
    expect(checker.checked.get()).toBeNull();
    await settled();
    expect(checker.checked.get()?.card).toBe(store.getState()!.card);
  });
});
