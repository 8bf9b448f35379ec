// What the reader is looking at lives in the URL's hash, so a position can be
// shared, survives a reload and the browser's back button, and works from
// file:// (where history.pushState may not). The query is left to ?card=.
import type { Lang } from '../schema/problems';

export const VIEWS = ['kaart', 'gids', 'adressen', 'tekst'] as const;
export type View = (typeof VIEWS)[number];

const DEFAULTS: Record<string, string> = { view: 'kaart', lang: 'nl' };

export interface Route {
  view: View;
  lang: Lang;
  /** Guide position ("gesprek" or "scenario-2,scenario-3"). */
  stap?: string | undefined;
  /** The chart node whose details are open. */
  knoop?: string | undefined;
}

export function parseRoute(hash: string): Route {
  const { view, lang, stap, knoop } = Object.fromEntries(new URLSearchParams(hash.slice(1)));
  return {
    view: VIEWS.includes(view as View) ? (view as View) : 'kaart',
    lang: lang === 'en' ? 'en' : 'nl',
    stap,
    knoop,
  };
}

/** The hash for a route; defaults are left out so the URL stays short. */
export function formatRoute(route: Route): string {
  const kept = Object.entries(route).filter(([key, value]) => value && value !== DEFAULTS[key]);
  return '#' + new URLSearchParams(kept).toString();
}
