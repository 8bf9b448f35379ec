// The problems of the open card follow its changes after the change is drawn,
// moves included (the drawing warnings depend on where the boxes are).
import { describe, expect, it } from 'vitest';
import { ProblemChecker, problemLevels } from '../../editor/problems/problem-checker';
import type { Problem } from '../../schema/problems';
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
    store.execute(updateNode, { id: step.id, changes: { text: 'Nieuwe stap' } });
    expect(checker.checked.get()).toBe(opened); // not between the key and the frame
    const after = (await checked(checker, store))!;
    expect(after.card).toBe(store.getState()!.card);
    expect(after.card.flow.nodes.find((n) => n.id === step.id)!.text).toBe('Nieuwe stap');
  });

  it('a move is checked: a box moved onto another gets a drawing warning', async () => {
    const { store, checker } = setup();
    const before = (await checked(checker, store))!;
    const [a, b] = before.card.flow.nodes;
    expect(before.levels.get(a!.id)).toBeUndefined();
    store.execute(moveNodes, { moves: [{ id: a!.id, position: b!.position }] });
    const after = (await checked(checker, store))!;
    expect(after).not.toBe(before);
    expect(after.problems.some((p) => p.code === 'drawing-box-on-box')).toBe(true);
    store.undo();
    expect((await checked(checker, store))!.problems).toEqual(before.problems);
  });

  it('another card never shows the previous card’s problems', async () => {
    const { store, checker } = setup();
    expect(await checked(checker, store)).not.toBeNull();
    store.load('groot', generateCard({ nodes: 400 }));
    expect(checker.checked.get()).toBeNull();
    expect((await checked(checker, store))?.card).toBe(store.getState()!.card);
  });
});

describe('problemLevels', () => {
  const problem = (pointer: string, severity: Problem['severity']): Problem => ({
    code: 'drawing-test',
    severity,
    pointer,
    message: { nl: '', en: '' },
  });

  it('marks each node with its worst problem, from pointers into it or its parts', () => {
    const card = sampleCard();
    const [a, b] = [card.flow.nodes[2]!.id, card.flow.nodes[10]!.id];
    const levels = problemLevels(card, [
      problem('/flow/nodes/2/items/0', 'warning'),
      problem('/flow/nodes/2', 'error'),
      problem('/flow/nodes/2/text', 'warning'),
      problem('/flow/nodes/10', 'warning'),
      problem('/flow/edges/2', 'error'),
      problem('/flow/nodes/x1', 'error'),
      problem(`/flow/nodes/${card.flow.nodes.length}`, 'error'),
      problem('', 'error'),
    ]);
    expect([...levels]).toEqual([
      [a, 'error'],
      [b, 'warning'],
    ]);
  });
});
