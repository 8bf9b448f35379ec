import { describe, expect, it } from 'vitest';
import { isSafeLink, mailtoHref, safeHref } from '../../schema/links';
import { parseBelgianPhone, telHref } from '../../schema/phone';

describe('Belgian phone numbers', () => {
  it.each([
    ['09 216 73 30', '+3292167330', '09 216 73 30'],
    ['02 243 51 07', '+3222435107', '02 243 51 07'],
    ['055 31 38 62', '+3255313862', '055 31 38 62'],
    ['09/361.14.01', '+3293611401', '09 361 14 01'],
    ['078 150 100', '+3278150100', '078 150 100'],
    ['078150100', '+3278150100', '078 150 100'],
    ['+32 470 12 34 56', '+32470123456', '0470 12 34 56'],
    ['0032 (0)470 12 34 56'.replace('(0)', ''), '+32470123456', '0470 12 34 56'],
    ['0800 12 345', '+3280012345', '0800 12 345'],
    ['04 223 45 67', '+3242234567', '04 223 45 67'],
    ['101', '101', '101'],
    ['112', '112', '112'],
    ['1712', '1712', '1712'],
  ])('%s is valid: tel %s, shown as %s', (input, tel, display) => {
    expect(parseBelgianPhone(input)).toEqual({ tel, display });
  });

  it.each([
    '09 216 73',
    '09 216 73 300',
    '0470 12 34 5',
    '047 12 34 56',
    '+33 1 23 45 67 89',
    '12345',
    'bel ons',
    '',
    '00 12 34 56',
  ])('%s is refused', (input) => {
    expect(parseBelgianPhone(input)).toBeNull();
  });

  it('makes tel: links in international form', () => {
    expect(telHref('09 216 73 30')).toBe('tel:+3292167330');
    expect(telHref('geen nummer')).toBeNull();
  });
});

describe('safe links', () => {
  it.each([
    'https://www.fara.be/',
    'http://www.kindengezin.be/',
    'https://www.desocialekaart.be/zoeken?pagina=0&rubriek=19.03.01.%20Huisarts',
    'mailto:info@example.be',
    'tel:+3292167330',
  ])('%s may become a link', (url) => {
    expect(isSafeLink(url)).toBe(true);
    expect(safeHref(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'https://',
    '//evil.example/',
    'www.fara.be',
    '',
  ])('%j never becomes a link', (url) => {
    expect(isSafeLink(url)).toBe(false);
    expect(safeHref(url)).toBeNull();
  });

  it('builds mailto: only from plausible addresses', () => {
    expect(mailtoHref('info@vk.be')).toBe('mailto:info@vk.be');
    expect(mailtoHref('info@vk.be?body=x')).toBeNull();
    expect(mailtoHref('a@b.be&cc=c@d.be')).toBeNull();
    expect(mailtoHref('geen adres')).toBeNull();
    expect(mailtoHref(undefined)).toBeNull();
  });
});
