// Where a problem is: found by the pointer's index (no search), named in words,
// and the same object while it is unchanged (the problems panel redraws by it).
import { describe, expect, it } from 'vitest';
import { locate, targetName } from '../../editor/problems/problem-targets';
import { sampleCard } from './helpers';

describe('locate', () => {
  const card = sampleCard();

  it('finds the node, arrow, partner, section or role a pointer is about', () => {
    const node = card.flow.nodes[3]!;
    expect(locate(card, '/flow/nodes/3/text')).toEqual({
      target: { kind: 'node', id: node.id },
      subject: node,
    });
    expect(locate(card, '/flow/edges/0')?.target).toEqual({
      kind: 'edge',
      id: card.flow.edges[0]!.id,
    });
    expect(locate(card, '/directory/partners/1/phones/0')?.subject).toBe(
      card.directory.partners[1],
    );
    expect(locate(card, '/directory/sections/0')?.target.kind).toBe('section');
    expect(locate(card, '/roles/0/name')?.subject).toBe(card.roles[0]);
  });

  it('answers null for the card itself or an index that is not there', () => {
    expect(locate(card, '')).toBeNull();
    expect(locate(card, '/title')).toBeNull();
    expect(locate(card, `/flow/nodes/${card.flow.nodes.length}`)).toBeNull();
  });

  it('names it in the language asked', () => {
    const partner = card.directory.partners[0]!;
    const located = locate(card, '/directory/partners/0')!;
    expect(targetName(located, 'nl')).toBe(`Partner '${partner.organisation}'`);
    expect(targetName(locate(card, '/flow/nodes/0')!, 'en')).toMatch(/^Node '.+'$/);
  });
});
