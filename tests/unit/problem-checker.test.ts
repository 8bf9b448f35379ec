// The problems of the open card follow its changes after the change is drawn,
// and a change that only moves nodes is not checked again.
import { describe, expect, it } from 'vitest';
import { ProblemChecker } from '../../editor/problems/problem-checker';
import { moveNodes, updateNode } from '../../editor/state/commands/flow-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { generateCard } from '../../bench/generate-card';
import { sampleCard } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 10));
/** Until the checker has checked the store's card (the checks are asynchronous). */
async function checked(checker: ProblemChecker, store: DocumentStore) {
  for (let i = 0; i < 500 && checker.checked.get()?.card !== store.getState()!.card; i++)
    await tick();
  return checker.checked.get();
}

function setup(card = sampleCard()) {
  const store = new DocumentStore();
  const checker = new ProblemChecker(store);
  store.load('kaart', card);
  return { store, checker };
}

describe('the problem checker', () => {
  it('checks a card when it is opened, and again after an edit', async () => {
    const { store, checker } = setup();
    const opened = await checked(checker, store);
    expect(opened?.card).toBe(store.getState()!.card);
    const step = store.getState()!.card.flow.nodes.find((n) => n.kind === 'step')!;
    store.execute(updateNode, { id: step.id, changes: { width: 10 } });
    expect(checker.checked.get()).toBe(opened); // not between the key and the frame
    const after = (await checked(checker, store))!;
    expect(after.card).toBe(store.getState()!.card);
    const index = after.card.flow.nodes.findIndex((n) => n.id === step.id);
    expect(after.problems.some((p) => p.pointer.startsWith(`/flow/nodes/${index}/width`))).toBe(
      true,
    );
    expect(after.levels.get(step.id)).toBe('error');
  });

  it('a move, and its undo, keep the problems as they are', async () => {
    const { store, checker } = setup();
    const before = await checked(checker, store);
    store.execute(moveNodes, { moves: [{ id: 'tip', position: { x: 900, y: 20 } }] });
    store.undo();
    await tick();
    expect(checker.checked.get()).toBe(before);
  });

  it('a move out of the bounds the schema allows is checked', async () => {
    const { store, checker } = setup();
    const before = await checked(checker, store);
    store.execute(moveNodes, { moves: [{ id: 'tip', position: { x: 2_000_000, y: 0 } }] });
    expect(await checked(checker, store)).not.toBe(before);
    expect(checker.checked.get()!.levels.get('tip')).toBe('error');
  });

  it('another card never shows the previous card’s problems', async () => {
    const { store, checker } = setup();
    expect(await checked(checker, store)).not.toBeNull();
    store.load('groot', generateCard({ nodes: 400 }));
    expect(checker.checked.get()).toBeNull();
    expect((await checked(checker, store))?.card).toBe(store.getState()!.card);
  });
});
