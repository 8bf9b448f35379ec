// No command can produce a card the load path would refuse: every command in
// editor/state/commands/, run over generated inputs (ordinary and hostile) on
// the sample card, either gives a card that loadCardValue accepts or is refused
// by the store, and then nothing changes. The store's incremental check
// (changeRefusal) must agree with the full load path every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../editor/state/command';
import { updateCardMeta } from '../../editor/state/commands/card-commands';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { loadCardValue } from '../../schema/load/load-card';
import { ALL_COMMANDS, MAKERS, tape } from './command-inputs';
import { minimalCard, sampleCard } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000) / 20;

describe('commands that cannot break a card', () => {
  it('every command has generated inputs', () => {
    expect(ALL_COMMANDS.length).toBeGreaterThan(25);
    const missing = ALL_COMMANDS.filter((c) => !MAKERS.has(c)).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('a sequence of any commands leaves a card that loads, or is refused and changes nothing', () => {
    const step = fc.tuple(fc.constantFrom(...ALL_COMMANDS), tape);
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { minLength: 1, maxLength: 12 }), (big, steps) => {
        const store = new DocumentStore();
        store.load('kaart', big ? sampleCard() : minimalCard());
        for (const [command, tp] of steps) {
          const before = store.getState()!;
          const args = MAKERS.get(command)!(before.card, tp);
          const outcome = store.execute(command as Command<unknown>, args);
          const after = store.getState()!;
          if (outcome.applied) {
            const loaded = loadCardValue(after.card);
            expect(loaded.ok, `${command.id}: ${JSON.stringify(loaded.problems[0])}`).toBe(true);
            continue;
          }
          expect(after).toBe(before);
          if (outcome.refused) {
            // The full load path agrees that the result would have been refused.
            expect(loadCardValue(outcome.refused.card).ok, command.id).toBe(false);
            expect(outcome.refused.problems.length).toBeGreaterThan(0);
            expect(store.refusal.get()).toBe(outcome.refused);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a refused command is not saved, not undoable and says why, with where', () => {
    const store = new DocumentStore();
    store.load('kaart', minimalCard());
    const before = store.getState();
    const outcome = store.execute(updateCardMeta, { changes: { title: '' } });
    expect(outcome.applied).toBe(false);
    expect(store.getState()).toBe(before);
    expect(store.getState()!.past).toHaveLength(0);
    expect(!outcome.applied && outcome.refused?.problems[0]).toMatchObject({
      pointer: '/title',
      message: { nl: 'Dit veld mag niet leeg zijn.' },
    });
    const width = store.execute(updateNode, { id: 'stap', changes: { width: 3 } });
    expect(!width.applied && width.refused?.problems[0]?.pointer).toBe('/flow/nodes/3/width');
    expect(store.execute(updateNode, { id: 'stap', changes: { width: 300 } }).applied).toBe(true);
    expect(store.refusal.get()).toBeNull();
  });
});
