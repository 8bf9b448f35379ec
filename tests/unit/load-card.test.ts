import { describe, expect, it } from 'vitest';
import { cardProblems, loadCard, loadCardValue } from '../../schema/load/load-card';
import { MAX_BYTES } from '../../schema/load/parse';
import { hasErrors } from '../../schema/problems';
import { minimalCard, NOW, readRepoFile, sampleText, TEMPLATE_PATH } from './helpers';
import { CURRENT_SCHEMA_VERSION } from '../../schema/types';

describe('loadCard: the one load path', () => {
  it('loads the Zuid-Oost-Vlaanderen sample with no error', () => {
    const result = loadCard(sampleText(), { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.card.regions[0]?.name).toBe('Zuid-Oost-Vlaanderen');
    expect(result.migratedFrom).toBeNull();
  });

  it('loads the regional template, whose only warnings are the unfilled roles', () => {
    const result = loadCard(readRepoFile(TEMPLATE_PATH), { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(hasErrors(result.problems)).toBe(false);
    expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(['role-unfilled']));
    expect(result.problems).toHaveLength(result.card.roles.length);
  });

  it('skips the warnings when asked to, but never a refusal', () => {
    const template = loadCard(readRepoFile(TEMPLATE_PATH), { now: NOW, warnings: false });
    expect(template.ok).toBe(true);
    expect(template.problems).toEqual([]);
    const broken = minimalCard();
    (broken.flow.nodes[3] as { kind: string }).kind = 'actie';
    const refused = loadCardValue(broken, { warnings: false });
    expect(refused.ok).toBe(false);
    expect(refused.problems.map((p) => p.pointer)).toContain('/flow/nodes/3/kind');
  });

  it('accepts bytes, and text with a byte-order mark', () => {
    const text = sampleText();
    expect(loadCard(new TextEncoder().encode(text)).ok).toBe(true);
    expect(loadCard('\uFEFF' + text).ok).toBe(true);
  });

  it('keeps fields it does not know, at every level', () => {
    const card = minimalCard() as unknown as Record<string, unknown> &
      ReturnType<typeof minimalCard>;
    card['x-opmerking'] = 'eigen veld';
    (card.flow.nodes[0] as Record<string, unknown>)['kleur'] = 'rood';
    (card.directory.partners[0] as Record<string, unknown>)['intern'] = { id: 7 };
    const result = loadCard(JSON.stringify(card));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.card['x-opmerking']).toBe('eigen veld');
    expect(result.card.flow.nodes[0]?.['kleur']).toBe('rood');
    expect(result.card.directory.partners[0]?.['intern']).toEqual({ id: 7 });
  });

  it('refuses a newer schemaVersion with a message that says to update', () => {
    const result = loadCardValue({ ...minimalCard(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({
      code: 'newer-version',
      pointer: '/schemaVersion',
      severity: 'error',
    });
    expect(result.problems[0]?.message.nl).toMatch(/nieuwer/);
    expect(result.problems[0]?.message.en).toMatch(/newer/);
  });

  it('refuses what is not a card object, without throwing', () => {
    for (const value of [null, 42, 'kaart', [], [minimalCard()], true]) {
      const result = loadCardValue(value);
      expect(result.ok).toBe(false);
      expect(result.problems[0]?.code).toBe('not-object');
    }
    for (const version of [undefined, '1', 1.5, 0, -1, null]) {
      const result = loadCardValue({ ...minimalCard(), schemaVersion: version });
      expect(result.problems[0]?.code).toBe('no-version');
    }
  });

  it('refuses empty, truncated, oversized and absurdly nested input quickly', () => {
    expect(loadCard('').problems[0]?.code).toBe('empty');
    expect(loadCard('   \n').problems[0]?.code).toBe('empty');
    const truncated = loadCard(sampleText().slice(0, 5000));
    expect(truncated.problems[0]?.code).toBe('not-json');
    expect(truncated.problems[0]?.message.nl).toMatch(/regel \d+, kolom \d+/);
    const big = ' '.repeat(MAX_BYTES + 1);
    const started = performance.now();
    expect(loadCard(big).problems[0]?.code).toBe('too-large');
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(loadCard(deep).problems[0]?.code).toBe('too-deep');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a deeply nested value that arrives already parsed', () => {
    let value: unknown = {};
    for (let i = 0; i < 10_000; i++) value = { a: value };
    expect(loadCardValue({ ...minimalCard(), extra: value }).problems[0]?.code).toBe('too-deep');
  });

  it('reports schema problems with a JSON pointer to the place', () => {
    const card = minimalCard();
    delete (card as Partial<typeof card>).title;
    (card.flow.nodes[3] as { kind: string }).kind = 'actie';
    card.directory.partners[0]!.website = 'javascript:alert(1)';
    const result = loadCardValue(card);
    expect(result.ok).toBe(false);
    const pointers = result.problems.map((p) => p.pointer);
    expect(pointers).toContain('/title');
    expect(pointers).toContain('/flow/nodes/3/kind');
    expect(pointers).toContain('/directory/partners/0/website');
    for (const p of result.problems) expect(p.message.nl.length).toBeGreaterThan(10);
  });

  it('does not modify the value it is given', () => {
    const card = minimalCard();
    const before = JSON.stringify(card);
    loadCardValue(card);
    expect(JSON.stringify(card)).toBe(before);
  });
});

describe("cardProblems: the studio's live list", () => {
  it('keeps showing flow problems while a field is invalid', () => {
    const card = minimalCard();
    card.flow.nodes[1]!.criteria![0]!.text = '';
    card.flow.edges.splice(3, 1);
    const codes = cardProblems(card).map((p) => p.code);
    expect(codes).toContain('schema');
    expect(codes).toContain('dead-end');
  });

  it('does not throw on a card whose shape is broken', () => {
    const card = minimalCard() as unknown as Record<string, unknown>;
    card['flow'] = { nodes: 'geen lijst', edges: null };
    expect(() => cardProblems(card as never)).not.toThrow();
    expect(cardProblems(card as never).length).toBeGreaterThan(0);
  });
});
