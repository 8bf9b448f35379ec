// Where the card comes from: a card inlined in the page (a published single
// HTML file, which must work from file:// without any network), else ?card=URL,
// else ./card.json beside the page. Every text goes through loadCard.
//
// ?card= is read only from the page's own origin or from the origins listed
// when the site was published (CARD_ORIGINS_META): a trusted viewer must never
// show a stranger's card, with its fake numbers, as if it were the region's.
import { loadCard } from '../schema/load/load-card';
import type { Problem } from '../schema/problems';
import type { Card } from '../schema/types';

export const INLINE_CARD_ID = 'kindreflex-card';
/** The still chart a published page shows until the viewer runs (publish/snapshot.tsx). */
export const SNAPSHOT_ID = 'kindreflex-snapshot';
/** <meta name="…" content="https://a.be https://b.be">: the other origins ?card= may name. */
export const CARD_ORIGINS_META = 'kindreflex-card-origins';

export type CardSource =
  { text: string } | { url: string } | { badUrl: string } | { foreign: string };

export type CardState =
  | { state: 'loading' }
  | { state: 'ok'; card: Card; problems: Problem[] }
  | { state: 'refused'; problems: Problem[] }
  | { state: 'failed'; url: string; badUrl?: boolean; foreign?: boolean };

/**
 * Decide the source; only http(s) URLs are fetched (no data:, blob:, javascript: or
 * file:), and ?card= only from the page's origin or one of `origins`.
 */
export function cardSource(
  search: string,
  pageUrl: string,
  inline: string | null,
  origins: readonly string[] = [],
): CardSource {
  if (inline !== null) return { text: inline };
  const asked = new URLSearchParams(search).get('card');
  try {
    const url = new URL(asked ?? './card.json', pageUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:')
      return url.origin === new URL(pageUrl).origin || origins.includes(url.origin)
        ? { url: url.href }
        : { foreign: url.origin };
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
  if ('foreign' in source) return { state: 'failed', url: source.foreign, foreign: true };
  try {
    // no-cache: the service worker and HTTP cache still answer offline, but a fresh card wins.
    const response = await fetch(source.url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) return { state: 'failed', url: source.url };
    return stateFromText(await response.text());
  } catch {
    return { state: 'failed', url: source.url };
  }
}
