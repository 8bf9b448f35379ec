// What the load path refuses before the schema looks: keys that mean something
// to JavaScript (prototype pollution), and control characters in texts.
import { describe, expect, it } from 'vitest';
import { loadCard, loadCardValue } from '../../schema/load/load-card';
import { minimalCard } from './helpers';

const withKeyAt = (key: string): string => {
  const card = minimalCard() as unknown as Record<string, unknown>;
  // Written as text, as a file would hold it: JSON.parse then makes an own property.
  return JSON.stringify(card).replace(
    '"regions":',
    `"extra":{"deeper":[{"${key}":{"x":1}}]},"regions":`,
  );
};

describe('prototype keys', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses '${key}' anywhere, with one problem and its pointer`, () => {
      const result = loadCard(withKeyAt(key));
      expect(result.ok).toBe(false);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({
        code: 'forbidden-key',
        pointer: `/extra/deeper/0/${key}`,
      });
      expect(result.problems[0]!.message.nl).toContain(key);
    });
  }

  it('refuses an own __proto__ in a value that arrives parsed (database, memory)', () => {
    const value = JSON.parse(withKeyAt('__proto__')) as object;
    expect(Object.keys((value as { extra: { deeper: object[] } }).extra.deeper[0]!)).toEqual([
      '__proto__',
    ]);
    const result = loadCardValue(structuredClone(value));
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.code).toBe('forbidden-key');
  });

  it('loading such a card never changes Object.prototype', () => {
    loadCard(withKeyAt('__proto__'));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a text that merely says __proto__ is fine', () => {
    const card = minimalCard();
    card.title = '__proto__ constructor prototype';
    expect(loadCardValue(card).ok).toBe(true);
  });
});

describe('control characters in texts', () => {
  const refused = Array.from({ length: 32 }, (_, c) => c).filter((c) => c !== 9 && c !== 10);

  it.each(refused)('refuses U+%i in a title, a long text, a list item and a link', (code) => {
    const ch = String.fromCharCode(code);
    const places: [string, (card: ReturnType<typeof minimalCard>) => void][] = [
      ['/title', (c) => (c.title = `Kaart${ch}titel`)],
      ['/flow/nodes/3/text', (c) => (c.flow.nodes[3]!.text = `Stap${ch}tekst`)],
      ['/regions/0/municipalities/0', (c) => (c.regions[0]!.municipalities = [`Oude${ch}naarde`])],
      [
        '/directory/partners/0/website',
        (c) => (c.directory.partners[0]!.website = `https://a.be/${ch}`),
      ],
    ];
    for (const [pointer, change] of places) {
      const card = minimalCard();
      change(card);
      const result = loadCardValue(card);
      expect(result.ok, pointer).toBe(false);
      expect(result.problems.map((p) => p.pointer)).toContain(pointer);
    }
  });

  it('accepts tab and newline', () => {
    const card = minimalCard();
    card.flow.nodes[3]!.text = 'Regel een\nRegel\ttwee';
    expect(loadCardValue(card).ok).toBe(true);
  });

  it('says in Dutch what is wrong', () => {
    const card = minimalCard();
    card.title = 'Windows\r\nregeleinde';
    const { problems } = loadCardValue(card);
    expect(problems[0]?.message.nl).toMatch(/stuurteken/);
  });
});
