// Only http(s), mailto: and tel: links ever become links. The schema refuses
// other schemes by pattern; this check parses the URL as a browser would, so
// tricks like leading whitespace or control characters cannot slip through.

import { isEmail } from './load/formats';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function isSafeLink(url: string): boolean {
  // Browsers strip tabs and newlines inside URLs and ignore leading control
  // characters, so "java\tscript:" would become "javascript:": refuse them all.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return false;
  if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname === '')
    return false;
  return true;
}

/** The href to use for a link from a card, or null to show it as plain text. */
export function safeHref(url: string | undefined): string | null {
  return url !== undefined && isSafeLink(url) ? url : null;
}

/** mailto: only for a well-formed address: no "?cc=" or "&body=" riding along. */
export function mailtoHref(email: string | undefined): string | null {
  return email !== undefined && isEmail(email) ? 'mailto:' + email : null;
}
