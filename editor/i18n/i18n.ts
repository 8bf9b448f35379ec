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

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * The numeric styles, written out as nl-BE's and en-GB's Intl formats write them
 * (tests/unit/format-date.test.ts holds them to Intl): the card list and the save
 * status show them as the studio opens, and a browser's first Intl.DateTimeFormat
 * costs 40–60 ms there (loading its locale data).
 */
const NUMERIC = {
  date: (d: Date, lang: Lang) =>
    lang === 'nl'
      ? `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`
      : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`,
  time: hhmm,
  dateTime: (d: Date, lang: Lang) =>
    `${lang === 'nl' ? d.getDate() : pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}, ${hhmm(d)}`,
} satisfies Record<string, (d: Date, lang: Lang) => string>;

/** Written in words ("3 nov 2026, 09:05:07"): by Intl, made once per language. */
const LONG: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };
const longFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A date or time in the UI language. */
export function formatDate(
  at: number | string | Date,
  lang: Lang,
  style: keyof typeof NUMERIC | 'long',
): string {
  const date = new Date(at);
  if (style !== 'long') return NUMERIC[style](date, lang);
  let formatter = longFormats.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', LONG);
    longFormats.set(lang, formatter);
  }
  return formatter.format(date);
}
