import { describe, expect, it } from 'vitest';
import { loadCard } from '../../schema/load/load-card';
import {
  FRAGMENT_FORMAT,
  copyForInsert,
  fragmentOf,
  parseFragment,
  serializeFragment,
} from '../../editor/canvas/fragment';
import { minimalCard, sampleCard } from './helpers';

const sample = sampleCard;

describe('flow fragments (copy and paste)', () => {
  it('copies the nodes, the arrows between them and the roles they name', () => {
    const fragment = fragmentOf(sample(), ['s2-stap-6', 's2-stap-7', 'scenario-1']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['scenario-1', 's2-stap-6', 's2-stap-7']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e-s2-stap-6-s2-stap-7']);
    expect(fragment.roles.map((r) => r.id)).toEqual(['vk', 'ocj']);
  });

  it('survives a round trip through the clipboard text', () => {
    const fragment = fragmentOf(sample(), ['s2-stap-6', 's2-stap-7']);
    const parsed = parseFragment(serializeFragment(fragment, 'zov'));
    expect(parsed).toEqual({ ok: true, fragment, cardId: 'zov' });
  });

  it('refuses text that is not one of our fragments, in Dutch', () => {
    for (const text of ['', 'hallo', '{"a":1}', '[1,2]', `{"format":"${FRAGMENT_FORMAT}"`]) {
      const parsed = parseFragment(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason.nl).toMatch(/klembord/);
    }
  });

  it('refuses a damaged fragment: bad kinds, dangling arrows, newer versions', () => {
    const good = JSON.parse(
      serializeFragment(fragmentOf(sample(), ['s2-stap-6', 's2-stap-7']), 'zov'),
    );
    const badKind = structuredClone(good);
    badKind.nodes[0].kind = 'raket';
    const dangling = structuredClone(good);
    dangling.edges[0].target = 'elders';
    const noPosition = structuredClone(good);
    delete noPosition.nodes[1].position;
    const newer = { ...structuredClone(good), version: 2 };
    for (const bad of [badKind, dangling, noPosition]) {
      const parsed = parseFragment(JSON.stringify(bad));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason.nl).toMatch(/beschadigd/);
    }
    const parsed = parseFragment(JSON.stringify(newer));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.nl).toMatch(/nieuwere versie/);
  });

  it('gives the copy new ids, keeps its arrows joined and moves it', () => {
    const card = sample();
    const fragment = fragmentOf(card, ['s2-stap-6', 's2-stap-7']);
    const copy = copyForInsert(fragment, card, { x: 40, y: 30 });
    const ids = new Set(card.flow.nodes.map((n) => n.id));
    expect(copy.nodes.every((n) => !ids.has(n.id))).toBe(true);
    expect(copy.edges[0]!.source).toBe(copy.nodes[0]!.id);
    expect(copy.edges[0]!.target).toBe(copy.nodes[1]!.id);
    expect(copy.nodes[0]!.position).toEqual({
      x: fragment.nodes[0]!.position.x + 40,
      y: fragment.nodes[0]!.position.y + 30,
    });
    expect(copy.roles).toEqual(fragment.roles);
    // The original is untouched.
    expect(fragment.nodes[0]!.id).toBe('s2-stap-6');
  });

  it('pasted into another card, the result loads cleanly', () => {
    const fragment = fragmentOf(sample(), ['s2-stap-6', 's2-stap-7']);
    const target = minimalCard();
    const copy = copyForInsert(fragment, target, { x: 0, y: 0 });
    target.flow.nodes.push(...copy.nodes);
    target.flow.edges.push(...copy.edges);
    target.roles.push(...copy.roles.filter((r) => !target.roles.some((t) => t.id === r.id)));
    const result = loadCard(JSON.stringify(target));
    expect(result.ok).toBe(true);
  });
});
