// The limits code uses outside the validator are the schema's own.
import { describe, expect, it } from 'vitest';
import * as limits from '../../schema/limits';
import { readRepoFile } from './helpers';

const schema = JSON.parse(readRepoFile('schema/kindreflex.schema.json')) as {
  $defs: Record<
    string,
    { maxLength?: number; pattern?: string; properties?: Record<string, never> }
  >;
};
const defs = schema.$defs;

describe('schema limits', () => {
  it('match kindreflex.schema.json', () => {
    expect(limits.SHORT_TEXT_MAX).toBe(defs.shortText!.maxLength);
    expect(limits.LONG_TEXT_MAX).toBe(defs.longText!.maxLength);
    const width = (defs.node!.properties as Record<string, { minimum: number; maximum: number }>)
      .width!;
    expect([limits.NODE_WIDTH_MIN, limits.NODE_WIDTH_MAX]).toEqual([width.minimum, width.maximum]);
    const partners = (defs.directory!.properties as Record<string, { maxItems: number }>).partners!;
    expect(limits.MAX_PARTNERS).toBe(partners.maxItems);
  });

  it('control characters: the same rule as the schema pattern', () => {
    const pattern = new RegExp(defs.shortText!.pattern!, 'u');
    for (let c = 0; c < 128; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect(limits.hasControlCharacter(text), `U+${c}`).toBe(!pattern.test(text));
    }
    expect(limits.normalizeLineEnds('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});

describe('line ends where text enters', () => {
  it('a card saved with CRLF in its texts is read with LF, keys untouched', () => {
    const value = JSON.parse('{"a":["x\\r\\ny"],"__proto__":{"b":"c\\rd"}}') as object;
    const copy = limits.normalizeLineEndsIn(value) as Record<string, unknown>;
    expect(copy.a).toEqual(['x\ny']);
    expect(Object.keys(copy)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((value as { a: string[] }).a[0]).toBe('x\r\ny');
  });
});
