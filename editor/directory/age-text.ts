// An age range in months as people say it: Kind & Gezin's -9 to 36 is "van 9
// maanden voor de geboorte tot 3 jaar". The model's formatAgeRange gives the
// months as stored ("van -9 tot 36 maanden"); the editor shows both.
import type { LocalizedText } from '../../schema/problems';
import type { AgeRange } from '../../schema/types';

/** "9 maanden voor de geboorte", "de geboorte", "18 maanden", "2,5 jaar", "3 jaar". */
export function ageInWords(months: number): LocalizedText {
  if (months < 0) {
    const n = -months;
    return {
      nl: `${n} ${n === 1 ? 'maand' : 'maanden'} voor de geboorte`,
      en: `${n} ${n === 1 ? 'month' : 'months'} before birth`,
    };
  }
  if (months === 0) return { nl: 'de geboorte', en: 'birth' };
  if (months < 24 && months % 12 !== 0)
    return {
      nl: `${months} ${months === 1 ? 'maand' : 'maanden'}`,
      en: `${months} ${months === 1 ? 'month' : 'months'}`,
    };
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (rest === 0) return { nl: `${years} jaar`, en: `${years} ${years === 1 ? 'year' : 'years'}` };
  if (rest === 6) return { nl: `${years},5 jaar`, en: `${years}.5 years` };
  return {
    nl: `${years} jaar en ${rest} ${rest === 1 ? 'maand' : 'maanden'}`,
    en: `${years} ${years === 1 ? 'year' : 'years'} and ${rest} ${rest === 1 ? 'month' : 'months'}`,
  };
}

/** The range in words, or null when neither bound is set. */
export function ageRangeInWords(age: AgeRange | undefined): LocalizedText | null {
  const from = age?.fromMonths;
  const to = age?.toMonths;
  if (from !== undefined && to !== undefined) {
    const [a, b] = [ageInWords(from), ageInWords(to)];
    return { nl: `van ${a.nl} tot ${b.nl}`, en: `from ${a.en} to ${b.en}` };
  }
  if (from !== undefined) {
    const a = ageInWords(from);
    return from === 0
      ? { nl: 'vanaf de geboorte', en: 'from birth' }
      : {
          nl: `vanaf ${a.nl}`,
          en: `from ${a.en}`,
        };
  }
  if (to !== undefined) {
    const b = ageInWords(to);
    return { nl: `tot ${b.nl}`, en: `up to ${b.en}` };
  }
  return null;
}
