// The three JSON Schema formats the card uses. Written out rather than taken
// from ajv-formats because the precompiled validator ships in the viewer, and
// ajv-formats' module (all formats, large regexes) would cost a tenth of its
// 30 kB budget for three checks. The email pattern is ajv-formats' own.

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

export function isDateTime(s: string): boolean {
  const m =
    /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/.exec(
      s,
    );
  if (!m || !isDate(m[1]!)) return false;
  return (
    Number(m[2]) <= 23 &&
    Number(m[3]) <= 59 &&
    Number(m[4]) <= 60 &&
    (m[5] === undefined || (Number(m[5]) <= 23 && Number(m[6]) <= 59))
  );
}

const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

export const formats = { date: isDate, 'date-time': isDateTime, email: isEmail };
