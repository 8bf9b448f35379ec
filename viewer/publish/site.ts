// What publishing produces from a release and the built viewer, for the
// studio (downloads) and the command line (files) alike; no Node, no DOM.
//
// - the release as JSON;
// - a static site folder: the viewer bundle with the release as card.json;
// - one self-contained HTML file: the viewer's JS and CSS inlined and the card
//   in <script type="application/json" id="kindreflex-card">, which the viewer
//   reads instead of fetching anything, so it works from file:// offline.
// Both pages carry the card's chart as still markup, shown before the viewer
// has started (snapshot.tsx).
import type { Card } from '../../schema/types';
import { CARD_ORIGINS_META, INLINE_CARD_ID } from '../load';
import { withSnapshot } from './snapshot';

/** The built viewer (dist/viewer/): file path (relative, "assets/index-abc.js") to text. */
export interface ViewerBundle {
  files: Record<string, string>;
}

// The id of the inline card script, as the viewer looks for it.
/** The release file's text: the card with its release block, as `npm run validate` reads it. */
export function releaseJson(card: Card): string {
  return JSON.stringify(card, null, 2) + '\n';
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page title: the card's name and its release, before the viewer starts. */
function withTitle(html: string, card: Card): string {
  const title = [card.title, card.subtitle].filter(Boolean).join(' – ');
  const release = card.release ? ` (versie ${card.release.version})` : '';
  return html.replace(
    /<title>[^<]*<\/title>/,
    () => `<title>${escapeHtml(title + release)}</title>`,
  );
}

/**
 * The origin ("https://www.regio.be") of an address a publisher typed, when it is
 * an http(s) address; null otherwise. A path is allowed and ignored.
 */
export function cardOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Origins separated by spaces, commas or line breaks: those that are, and those that are not. */
export function parseCardOrigins(text: string): { origins: string[]; invalid: string[] } {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  const origins = parts.map(cardOrigin);
  return {
    origins: [...new Set(origins.filter((o): o is string => o !== null))],
    invalid: parts.filter((_, i) => origins[i] === null),
  };
}

/**
 * The other origins a published viewer may load ?card= from, as a meta tag the
 * viewer reads (viewer/load.ts); without any, only its own origin.
 */
function withCardOrigins(html: string, origins: readonly string[]): string {
  if (origins.length === 0) return html;
  const meta = `<meta name="${CARD_ORIGINS_META}" content="${escapeHtml(origins.join(' '))}" />`;
  return html.replace('</head>', () => `${meta}\n</head>`);
}

/** The files of the site folder: the viewer with this card as card.json. */
export function siteFiles(
  bundle: ViewerBundle,
  card: Card,
  cardOrigins: readonly string[] = [],
): Record<string, string> {
  const index = bundle.files['index.html'];
  if (index === undefined) throw new Error('The viewer bundle has no index.html');
  return {
    ...bundle.files,
    'index.html': withCardOrigins(withSnapshot(withTitle(index, card), card), cardOrigins),
    'card.json': releaseJson(card),
  };
}

/**
 * The card as an inline JSON script. JSON cannot hold a raw "<" that matters to
 * JSON.parse, so every "<" is written \u003c: no "</script>" in a text can end
 * the element early.
 */
export function inlineCardScript(card: Card): string {
  const json = JSON.stringify(card).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${INLINE_CARD_ID}">${json}</script>`;
}

/**
 * JS or CSS made safe to sit inside <script> or <style>: "</script", "</style"
 * and "<!--" would change how the HTML parser reads what follows. \x3C (JS) and
 * \3C (CSS) are "<" in strings, regular expressions, templates and CSS alike.
 */
const inlineJs = (code: string): string => code.replace(/<(\/script|!--)/gi, '\\x3C$1');
const inlineCss = (code: string): string => code.replace(/<(\/style)/gi, '\\3C$1');

const SCRIPT_TAG = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>\s*<\/script>/g;
const STYLESHEET_TAG = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="([^"]+)"/;
/** Any other link: a single file keeps only those to data: URLs (the empty icon). */
const LINK_TAG = /<link\b[^>]*>/g;

function bundleFile(bundle: ViewerBundle, reference: string): string {
  const path = reference.replace(/^\.\//, '');
  const text = bundle.files[path];
  if (text === undefined) throw new Error(`The viewer bundle has no file ${path}`);
  return text;
}

/** One HTML file with the viewer and the card inside, for opening from disk or mailing. */
export function singleFileHtml(bundle: ViewerBundle, card: Card): string {
  let html = withSnapshot(withTitle(bundleFile(bundle, 'index.html'), card), card);
  // Functions as replacements: a "$&" in the code must stay as it is.
  html = html.replace(
    SCRIPT_TAG,
    (_tag, src: string) => `<script type="module">${inlineJs(bundleFile(bundle, src))}</script>`,
  );
  html = html.replace(STYLESHEET_TAG, (tag) => {
    const href = HREF.exec(tag)?.[1];
    return href ? `<style>${inlineCss(bundleFile(bundle, href))}</style>` : '';
  });
  // Preloads, manifests and the like would ask for files that are not there.
  html = html.replace(LINK_TAG, (tag) => (/\bhref="data:/.test(tag) ? tag : ''));
  if (!html.includes('</body>')) throw new Error('The viewer page has no </body>');
  return html.replace('</body>', () => `${inlineCardScript(card)}\n</body>`);
}
