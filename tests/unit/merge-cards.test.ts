// Two editors of one shared card: their edits merge when they touch different
// things, and anything else is a conflict for the user, never a silent choice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../schema/json-equal';
import { loadCardValue } from '../../schema/load/load-card';
import { mergeCards } from '../../schema/merge';
import type { Card } from '../../schema/types';
import { directoryEdits, edited, regionalFlowEdits } from './card-mutations';
import { sampleCard } from './helpers';

const base = sampleCard();
const copy = (change: (card: Card) => void): Card => {
  const card = structuredClone(base);
  change(card);
  return card;
};
const node = (card: Card, id: string) => card.flow.nodes.find((n) => n.id === id)!;
const stepId = base.flow.nodes.find((n) => n.kind === 'step')!.id;
const otherStepId = base.flow.nodes.filter((n) => n.kind === 'step')[1]!.id;

describe('mergeCards', () => {
  it('takes both sides when they changed different fields of different parts', () => {
    const mine = copy((c) => (node(c, stepId).text = 'Mijn tekst.'));
    const theirs = copy((c) => {
      c.subtitle = 'Hun ondertitel';
      c.directory.partners[0]!.website = 'https://example.be/';
    });
    const merged = mergeCards(base, mine, theirs);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(node(merged.card, stepId).text).toBe('Mijn tekst.');
    expect(merged.card.subtitle).toBe('Hun ondertitel');
    expect(merged.card.directory.partners[0]!.website).toBe('https://example.be/');
  });

  it('merges two fields of one node, and one side moving what the other reworded', () => {
    const mine = copy((c) => (node(c, stepId).text = 'Mijn tekst.'));
    const theirs = copy((c) => (node(c, stepId).position = { x: 999, y: 111 }));
    const merged = mergeCards(base, mine, theirs);
    expect(merged.ok && node(merged.card, stepId)).toMatchObject({
      text: 'Mijn tekst.',
      position: { x: 999, y: 111 },
    });
  });

  it('keeps what each side added, in the place it was added', () => {
    const mine = copy((c) => c.roles.push({ id: 'mijn-rol', name: 'Mijn rol' }));
    const theirs = copy((c) => c.roles.unshift({ id: 'hun-rol', name: 'Hun rol' }));
    const merged = mergeCards(base, mine, theirs);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const ids = merged.card.roles.map((r) => r.id);
    expect(ids[0]).toBe('hun-rol');
    expect(ids.at(-1)).toBe('mijn-rol');
    expect(ids).toHaveLength(base.roles.length + 2);
  });

  it('is a conflict when both changed the same field differently', () => {
    const mine = copy((c) => (node(c, stepId).text = 'Mijn tekst.'));
    const theirs = copy((c) => (node(c, stepId).text = 'Hun tekst.'));
    const merged = mergeCards(base, mine, theirs);
    expect(merged).toEqual({ ok: false, conflicts: [`/flow/nodes/${stepId}/text`] });
  });

  it('is no conflict when both made the same change', () => {
    const mine = copy((c) => (node(c, stepId).text = 'Zelfde.'));
    const theirs = copy((c) => (node(c, stepId).text = 'Zelfde.'));
    const merged = mergeCards(base, mine, theirs);
    expect(merged.ok && node(merged.card, stepId).text).toBe('Zelfde.');
  });

  it('is a conflict when one removed what the other changed', () => {
    const mine = copy((c) => (node(c, otherStepId).text = 'Nog nodig.'));
    const theirs = copy((c) => {
      c.flow.nodes = c.flow.nodes.filter((n) => n.id !== otherStepId);
      c.flow.edges = c.flow.edges.filter(
        (e) => e.source !== otherStepId && e.target !== otherStepId,
      );
    });
    const merged = mergeCards(base, mine, theirs);
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.conflicts).toContain(`/flow/nodes/${otherStepId}`);
  });

  it('is a conflict when the result would not load: an arrow to a box the other removed', () => {
    const target = base.flow.nodes.find((n) => n.kind === 'tip') ?? node(base, otherStepId);
    const mine = copy((c) =>
      c.flow.edges.push({ id: 'nieuwe-pijl', source: stepId, target: target.id }),
    );
    const theirs = copy((c) => {
      c.flow.nodes = c.flow.nodes.filter((n) => n.id !== target.id);
      c.flow.edges = c.flow.edges.filter((e) => e.source !== target.id && e.target !== target.id);
    });
    expect(mergeCards(base, mine, theirs)).toEqual({ ok: false, conflicts: [''] });
  });

  it('property: a merge always loads, is symmetric, and with one side unchanged gives the other', () => {
    fc.assert(
      fc.property(
        fc.tuple(regionalFlowEdits, directoryEdits),
        fc.tuple(regionalFlowEdits, directoryEdits),
        ([mineFlow, mineDir], [theirFlow, theirDir]) => {
          const mine = edited(base, [...mineFlow, ...mineDir]);
          const theirs = edited(base, [...theirFlow, ...theirDir]);
          const merged = mergeCards(base, mine, theirs);
          // Merging with an unchanged side gives the other side exactly.
          const one = mergeCards(base, mine, base);
          expect(one.ok && jsonEqual(one.card, mine)).toBe(loadCardValue(mine).ok);
          if (!merged.ok) return;
          expect(loadCardValue(merged.card).ok).toBe(true);
          // Symmetric in content whenever it succeeds.
          const other = mergeCards(base, theirs, mine);
          expect(other.ok).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
