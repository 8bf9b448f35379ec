// The studio's numeric dates are written out by hand (no Intl.DateTimeFormat at
// start); they must read exactly as nl-BE's and en-GB's Intl formats write them.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../editor/i18n/i18n';

const INTL = {
  date: {},
  time: { hour: '2-digit', minute: '2-digit' },
  dateTime: { dateStyle: 'short', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Days through two years, at hours and minutes that need padding and ones that do not. */
const dates = Array.from(
  { length: 150 },
  (_, i) => new Date(2025, 0, 1 + i * 5, (i * 7) % 24, (i * 13) % 60, 7),
);

describe('formatDate', () => {
  for (const lang of ['nl', 'en'] as const)
    for (const style of ['date', 'time', 'dateTime'] as const)
      it(`${style} in ${lang} reads as Intl writes it`, () => {
        const intl = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', INTL[style]);
        for (const d of dates) expect(formatDate(d.getTime(), lang, style)).toBe(intl.format(d));
      });

  it('writes the long style in words', () => {
    expect(formatDate(new Date(2026, 10, 3, 9, 5, 7), 'nl', 'long')).toBe('3 nov 2026, 09:05:07');
    expect(formatDate(new Date(2026, 10, 3, 9, 5, 7), 'en', 'long')).toBe('3 Nov 2026, 09:05:07');
  });

  it('reads ISO dates and times given as text', () => {
    expect(formatDate('2026-03-04T12:00:00', 'nl', 'date')).toBe('4/3/2026');
  });
});
