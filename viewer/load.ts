// Where the card comes from: a card inlined in the page (a published single
// HTML file, which must work from file:// without any network), else ?card=URL,
// else ./card.json beside the page. Every text goes through loadCard.
import { loadCard } from '../schema/load/load-card';
import type { Problem } from '../schema/problems';
import type { Card } from '../schema/types';

export const INLINE_CARD_ID = 'kindreflex-card';

export type CardSource = { text: string } | { url: string } | { badUrl: string };

export type CardState =
  | { state: 'loading' }
  | { state: 'ok'; card: Card; problems: Problem[] }
  | { state: 'refused'; problems: Problem[] }
  | { state: 'failed'; url: string; badUrl?: boolean };

/** Decide the source; only http(s) URLs are fetched (no data:, blob:, javascript: or file:). */
export function cardSource(search: string, pageUrl: string, inline: string | null): CardSource {
  if (inline !== null) return { text: inline };
  const asked = new URLSearchParams(search).get('card');
  try {
    const url = new URL(asked ?? './card.json', pageUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { url: url.href };
    if (asked === null) return { url: url.href }; // ./card.json beside a file:// page
  } catch {
    // fall through: an address that does not parse is refused like a bad scheme
  }
  return { badUrl: asked ?? '' };
}

function stateFromText(text: string): CardState {
  const result = loadCard(text);
  return result.ok
    ? { state: 'ok', card: result.card, problems: result.problems }
    : { state: 'refused', problems: result.problems };
}

export async function loadFrom(source: CardSource): Promise<CardState> {
  if ('text' in source) return stateFromText(source.text);
  if ('badUrl' in source) return { state: 'failed', url: source.badUrl, badUrl: true };
  try {
    // no-cache: the service worker and HTTP cache still answer offline, but a fresh card wins.
    const response = await fetch(source.url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) return { state: 'failed', url: source.url };
    return stateFromText(await response.text());
  } catch {
    return { state: 'failed', url: source.url };
  }
}
