// Belgian phone numbers: validation, the international form for tel: links and
// the usual Belgian grouping for display. Hand-written rather than
// libphonenumber-js because its metadata alone would exceed the viewer's budget,
// and we only need the Belgian numbering plan.

export interface BelgianPhone {
  /** For tel: links: +3292167330, or the short number itself (101, 112, 1712). */
  tel: string;
  /** As Belgians write it: 09 216 73 30, 055 31 38 62, 0470 12 34 56, 078 150 100. */
  display: string;
}

/** Emergency and helpline numbers that are dialled as they are. */
const SHORT_NUMBERS = new Set([
  '100',
  '101',
  '102',
  '105',
  '106',
  '107',
  '112',
  '1712',
  '1813',
  '116000',
  '116111',
  '116123',
]);

/** Zones with a one-digit area code: Brussel (2), Antwerpen (3), Luik (4), Gent (9). */
const ONE_DIGIT_ZONES = new Set(['2', '3', '4', '9']);

function group(digits: string, sizes: number[]): string {
  const parts: string[] = [];
  let i = 0;
  for (const size of sizes) {
    parts.push(digits.slice(i, i + size));
    i += size;
  }
  return parts.join(' ');
}

/** National significant number (without the leading 0 or +32), or null. */
function nationalNumber(input: string): string | null {
  const compact = input.replace(/[\s./()-]/g, '');
  if (!/^\+?[0-9]+$/.test(compact)) return null;
  if (compact.startsWith('+32')) return compact.slice(3);
  if (compact.startsWith('0032')) return compact.slice(4);
  if (compact.startsWith('+')) return null; // a foreign number
  if (compact.startsWith('0')) return compact.slice(1);
  return null;
}

export function parseBelgianPhone(input: string): BelgianPhone | null {
  const trimmed = input.trim();
  const short = trimmed.replace(/\s/g, '');
  if (SHORT_NUMBERS.has(short)) return { tel: short, display: short };
  const nsn = nationalNumber(trimmed);
  if (nsn === null || nsn.startsWith('0')) return null;
  const tel = '+32' + nsn;
  if (nsn.length === 9) {
    // Mobile: 04xx xx xx xx
    if (!/^4[5-9]/.test(nsn)) return null;
    return { tel, display: '0' + group(nsn, [3, 2, 2, 2]) };
  }
  if (nsn.length !== 8) return null;
  if (/^4[5-9]/.test(nsn)) return null; // a mobile number with digits missing
  if (/^(800|90[0-9])/.test(nsn)) return { tel, display: '0' + group(nsn, [3, 2, 3]) };
  // 070 and 078 numbers are written in threes: 078 150 100.
  if (/^7[08]/.test(nsn)) return { tel, display: '0' + group(nsn, [2, 3, 3]) };
  if (ONE_DIGIT_ZONES.has(nsn[0]!)) return { tel, display: '0' + group(nsn, [1, 3, 2, 2]) };
  return { tel, display: '0' + group(nsn, [2, 2, 2, 2]) };
}

export function isValidBelgianPhone(input: string): boolean {
  return parseBelgianPhone(input) !== null;
}

/** The tel: link for a number, or null when it is not a valid Belgian number. */
export function telHref(input: string): string | null {
  const phone = parseBelgianPhone(input);
  return phone ? `tel:${phone.tel}` : null;
}
