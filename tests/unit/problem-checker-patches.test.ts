// The worker keeps the card it checked last, and the next check sends only the
// patches since: the problems found must be those of a full check of the
// store's card, after edits, moves, deletions, undo and redo alike.
import { describe, expect, it, vi } from 'vitest';
import { ProblemChecker } from '../../editor/problems/problem-checker';
import { deleteElements, moveNodes, updateNode } from '../../editor/state/commands/flow-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { advanceHeld, holdCard } from '../../editor/workers/held-card';
import { runTask } from '../../editor/workers/schema-tasks';
import * as worker from '../../editor/workers/schema-worker';
import { sampleCard } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 10));
async function checked(checker: ProblemChecker, store: DocumentStore) {
  for (let i = 0; i < 500 && checker.checked.get()?.card !== store.getState()!.card; i++)
    await tick();
  return checker.checked.get()!;
}
const fullCheck = (store: DocumentStore) =>
  runTask('problems', { card: store.getState()!.card }, () => {});

describe('problem checks sent as patches', () => {
  it('find what a full check finds, after every kind of change', async () => {
    const sent = vi.spyOn(worker, 'inWorker');
    const store = new DocumentStore();
    const checker = new ProblemChecker(store);
    store.load('kaart', sampleCard());
    await checked(checker, store);
    const [a, b, c] = store.getState()!.card.flow.nodes.filter((n) => n.kind === 'step');
    const changes = [
      () => store.execute(updateNode, { id: a!.id, changes: { text: 'Andere tekst' } }),
      () => store.execute(moveNodes, { moves: [{ id: b!.id, position: a!.position }] }),
      () => store.execute(deleteElements, { nodeIds: [c!.id], edgeIds: [] }),
      () => store.undo(),
      () => store.undo(),
      () => store.redo(),
    ];
    for (const change of changes) {
      change();
      expect((await checked(checker, store)).problems).toEqual(fullCheck(store));
    }
    // Two changes before one check: both patches go in it.
    store.execute(updateNode, { id: a!.id, changes: { text: 'Eén' } });
    store.execute(updateNode, { id: a!.id, changes: { text: 'Twee' } });
    expect((await checked(checker, store)).problems).toEqual(fullCheck(store));

    const names = sent.mock.calls.map(([name]) => name);
    expect(names[0]).toBe('problems');
    expect(names.slice(1).every((name) => name === 'problemsAfter')).toBe(true);
    sent.mockRestore();
  });

  it('a load sends the whole card again', async () => {
    const sent = vi.spyOn(worker, 'inWorker');
    const store = new DocumentStore();
    const checker = new ProblemChecker(store);
    store.load('kaart', sampleCard());
    await checked(checker, store);
    store.load('kaart', sampleCard(), 'external');
    await checked(checker, store);
    expect(sent.mock.calls.map(([name]) => name)).toEqual(['problems', 'problems']);
    sent.mockRestore();
  });

  it('patches against another card than the one held are refused', () => {
    const card = sampleCard();
    holdCard(1, card);
    expect(() => advanceHeld(2, 3, [])).toThrow(/No card 2/);
    const next = advanceHeld(1, 4, [{ op: 'replace', path: ['title'], value: 'Nieuw' }]);
    expect(next.title).toBe('Nieuw');
    expect(card.title).not.toBe('Nieuw');
    expect(() => advanceHeld(1, 5, [])).toThrow();
  });
});
