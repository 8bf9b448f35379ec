// The studio speaks Dutch, with English as a second language. Texts live next
// to the component that shows them, as { nl, en } pairs (the same shape the
// model uses for problem messages), so panels never fight over one big file.
import { useCallback, useSyncExternalStore } from 'react';
import type { Lang, LocalizedText } from '../../schema/problems';
import { Observable } from '../state/observable';

const STORAGE_KEY = 'kindreflex-studio.lang';

function initialLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export const language = new Observable<Lang>(initialLanguage());

export function setLanguage(lang: Lang): void {
  language.set(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Without storage the choice lasts for this visit only.
  }
}

export type Params = Record<string, string | number>;

/** "{n} knopen" with { n: 3 } gives "3 knopen". */
export function format(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function translate(text: LocalizedText, lang: Lang, params?: Params): string {
  return format(text[lang], params);
}

export type Translate = (text: LocalizedText, params?: Params) => string;

export function useLang(): Lang {
  return useSyncExternalStore(language.subscribe, language.get);
}

export function useT(): Translate {
  const lang = useLang();
  return useCallback(
    (text: LocalizedText, params?: Params) => translate(text, lang, params),
    [lang],
  );
}

export const msg = <T extends Record<string, LocalizedText>>(messages: T): T => messages;

const DATE_STYLES = {
  date: {},
  time: { hour: '2-digit', minute: '2-digit' },
  dateTime: { dateStyle: 'short', timeStyle: 'short' },
  long: { dateStyle: 'medium', timeStyle: 'medium' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date or time in the UI language. One formatter per style and language:
 * making one costs far more than using it, and lists redraw often.
 */
export function formatDate(
  at: number | string | Date,
  lang: Lang,
  style: keyof typeof DATE_STYLES,
): string {
  const key = `${lang}-${style}`;
  let formatter = dateFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', DATE_STYLES[style]);
    dateFormats.set(key, formatter);
  }
  return formatter.format(new Date(at));
}
