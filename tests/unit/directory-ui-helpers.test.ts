import { describe, expect, it } from 'vitest';
import { ageInWords, ageRangeInWords } from '../../editor/directory/age-text';
import {
  isFiltering,
  matchingPartners,
  NO_FILTER,
  unlistedPartners,
} from '../../editor/directory/directory-filter';
import {
  email,
  kbo,
  localToday,
  months,
  nameList,
  phoneNumber,
  requiredText,
  webLink,
} from '../../editor/directory/field-rules';
import { dropIndex } from '../../editor/directory/reorder';
import { NOW } from './helpers';
import { sampleCard } from './regional-scenario';

describe('age in words', () => {
  it("says Kind & Gezin's -9 to 36 as people do", () => {
    expect(ageRangeInWords({ fromMonths: -9, toMonths: 36 })?.nl).toBe(
      'van 9 maanden voor de geboorte tot 3 jaar',
    );
    expect(ageRangeInWords({ fromMonths: -9, toMonths: 36 })?.en).toBe(
      'from 9 months before birth to 3 years',
    );
    expect(ageRangeInWords({ fromMonths: 30 })?.nl).toBe('vanaf 2,5 jaar');
    expect(ageRangeInWords({ toMonths: 18 })?.nl).toBe('tot 18 maanden');
    expect(ageRangeInWords({ fromMonths: 0, toMonths: 12 })?.nl).toBe('van de geboorte tot 1 jaar');
    expect(ageRangeInWords({ fromMonths: 0 })?.nl).toBe('vanaf de geboorte');
    expect(ageRangeInWords({ note: 'alleen een toelichting' })).toBeNull();
    expect(ageInWords(-1).nl).toBe('1 maand voor de geboorte');
    expect(ageInWords(40).nl).toBe('3 jaar en 4 maanden');
    expect(ageInWords(216).nl).toBe('18 jaar');
  });
});

describe('field rules', () => {
  it('a phone number is accepted as typed and grouped on leaving the field', () => {
    const typed = phoneNumber.parse(' 092167330 ');
    expect(typed).toEqual({ ok: true, value: '092167330' });
    expect(phoneNumber.tidy!('092167330')).toBe('09 216 73 30');
    expect(phoneNumber.tidy!('+32 470 12 34 56')).toBe('0470 12 34 56');
    const wrong = phoneNumber.parse('92167330');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.nl).toContain('(is de voorloopnul weggevallen?)');
  });

  it('only http(s) web links; e-mail, KBO and months as the CSV reads them', () => {
    expect(webLink.parse('https://www.kindengezin.be/')).toEqual({
      ok: true,
      value: 'https://www.kindengezin.be/',
    });
    expect(webLink.parse('')).toEqual({ ok: true, value: undefined });
    for (const bad of ['javascript:alert(1)', 'mailto:x@y.be', 'www.kindengezin.be'])
      expect(webLink.parse(bad).ok).toBe(false);
    expect(email.parse('info@@x').ok).toBe(false);
    expect(kbo.parse('412345678')).toEqual({ ok: true, value: '0412.345.678' });
    expect(months.parse('-9')).toEqual({ ok: true, value: -9 });
    expect(months.parse('-10').ok).toBe(false);
    expect(months.parse('2,5').ok).toBe(false);
  });

  it('names are required; lists split on commas, semicolons and lines', () => {
    expect(requiredText.parse('   ').ok).toBe(false);
    expect(requiredText.parse(' CGG ')).toEqual({ ok: true, value: 'CGG' });
    expect(nameList.parse('Ronse, Zottegem;\nOudenaarde,')).toEqual({
      ok: true,
      value: ['Ronse', 'Zottegem', 'Oudenaarde'],
    });
    expect(nameList.parse(' , ')).toEqual({ ok: true, value: undefined });
  });

  it('today is the local calendar date', () => {
    expect(localToday(new Date(2026, 10, 28, 23, 30))).toBe('2026-11-28');
  });
});

describe('search and filters', () => {
  const card = sampleCard();
  const ids = (filter: Parameters<typeof matchingPartners>[1]) => [
    ...matchingPartners(card, filter, NOW),
  ];

  it('text matches name, service, municipality and role, without case or accents', () => {
    expect(ids({ ...NO_FILTER, query: 'gemandateerde' })).toEqual([
      'vck-oost-vlaanderen',
      'ocj-oost-vlaanderen',
    ]);
    expect(ids({ ...NO_FILTER, query: 'LOTGENOTEN' })).toEqual(['echo']);
    const withTown = structuredClone(card);
    withTown.directory.partners[0]!.municipalities = ['Sint-Lievens-Houtem'];
    expect([...matchingPartners(withTown, { ...NO_FILTER, query: 'sint lievens' }, NOW)]).toEqual([
      'cgg',
    ]);
  });

  it('audience lets "beide" through; stale keeps only contacts checked over a year ago', () => {
    const forParents = ids({ ...NO_FILTER, audience: 'ouders' });
    expect(forParents).toContain('politie');
    expect(forParents).not.toContain('parket-oost-vlaanderen');
    const stale = ids({ ...NO_FILTER, staleOnly: true });
    expect(stale).toContain('cgg');
    expect(stale).not.toContain('politie');
    expect(stale).not.toContain('parket-oost-vlaanderen');
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: ' - ' })).toBe(false);
  });

  it('finds the partners no section lists', () => {
    const copy = structuredClone(card);
    copy.directory.sections[2]!.entries = [];
    expect(unlistedPartners(copy).map((p) => p.id)).toEqual(['politie', 'parket-oost-vlaanderen']);
  });
});

describe('drop places', () => {
  it('an item dropped before or after another lands where the line showed', () => {
    expect(dropIndex(4, 0, false)).toBe(0);
    expect(dropIndex(0, 2, true)).toBe(2);
    expect(dropIndex(0, 2, false)).toBe(1);
    expect(dropIndex(3, 3, true)).toBe(3);
  });
});
