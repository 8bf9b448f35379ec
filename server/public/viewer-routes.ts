// The stable addresses of published cards, served with the built viewer
// (dist/viewer). The viewer reads ./card.json beside its page and loads its
// bundle from ./assets/ and ./sw.js, so its index.html is served as the page
// of each address and those files beside it:
//   /k/WS/CARD/             latest release: page and card.json revalidated
//                           every time (ETag, 304), so a new release shows
//                           on the next visit, also through the service worker;
//   /k/WS/CARD/VERSION/     one release forever: card.json cached as immutable.
// The page of a version is revalidated too: the release never changes, but
// the viewer around it is upgraded with the server.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../app-env';
import { ApiError, errorResponse } from '../http/errors';
import { publishedRelease, type ReleaseInfo } from '../releases/store';
import { verifiedRelease } from '../releases/verify';
import { NOT_BUILT_NL, distMissing } from '../static';
import { RELEASE_VERSION_PATTERN } from './address';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const ASSET_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
};

function notModified(c: Context<AppEnv>, etag: string): boolean {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

function messagePage(c: Context<AppEnv>, status: 404 | 500 | 503, title: string, text: string) {
  c.header('Cache-Control', 'no-store');
  return c.html(
    html`<!doctype html>
      <html lang="nl">
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <body
          style="font:17px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"
        >
          <main>
            <h1>${title}</h1>
            <p>${text}</p>
            <p><a href="/k/">Alle gepubliceerde kaarten</a></p>
          </main>
        </body>
      </html>`,
    status,
  );
}

/** The release the address names, or null (unknown workspace, card or version). */
async function releaseAt(c: Context<AppEnv>): Promise<ReleaseInfo | null> {
  const version = c.req.param('version') ?? null;
  if (version !== null && !RELEASE_VERSION_PATTERN.test(version)) return null;
  return publishedRelease(
    c.var.deps.db,
    c.req.param('ws') ?? '',
    c.req.param('card') ?? '',
    version,
  );
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function viewerPage(c: Context<AppEnv>) {
  const release = await releaseAt(c);
  if (!release)
    return messagePage(
      c,
      404,
      'Kaart niet gevonden',
      'Op dit adres is (nog) geen kaart gepubliceerd.',
    );
  // Checked here too, so that a reader gets a page that says so rather than a viewer that fails.
  const damaged = await verifiedRelease(c.var.deps.db, release).then(
    () => false,
    (error: unknown) => {
      if (error instanceof ApiError) return true;
      throw error;
    },
  );
  if (damaged)
    return messagePage(
      c,
      500,
      'Publicatie beschadigd',
      'Deze versie van de kaart is beschadigd en wordt daarom niet getoond. De beheerder van de server kan ze terugzetten uit een back-up.',
    );
  const dist = c.var.deps.config.distDir;
  if (distMissing(dist)) return messagePage(c, 503, 'Viewer niet gebouwd', NOT_BUILT_NL);
  const shell = await readFile(`${dist}/viewer/index.html`, 'utf8');
  const etag = `"${release.id}-${createHash('sha256').update(shell).digest('hex').slice(0, 16)}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', REVALIDATE);
  c.header('X-Content-Type-Options', 'nosniff');
  if (notModified(c, etag)) return c.body(null, 304);
  const name = [release.title, release.subtitle].filter(Boolean).join(' – ');
  const title = escapeHtml(`${name} (versie ${release.version})`);
  return c.html(shell.replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`));
}

async function cardJson(c: Context<AppEnv>) {
  const release = await releaseAt(c);
  if (!release) return errorResponse(c, 404, 'not-found');
  const etag = `"${release.id}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', c.req.param('version') ? IMMUTABLE : REVALIDATE);
  // Public: a site's own viewer (?card=…) or a studio without a server may fetch it.
  c.header('Access-Control-Allow-Origin', '*');
  c.header('X-Content-Type-Options', 'nosniff');
  if (notModified(c, etag)) return c.body(null, 304);
  try {
    const { text } = await verifiedRelease(c.var.deps.db, release);
    return c.body(text, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  } catch (error) {
    c.header('Cache-Control', 'no-store');
    if (error instanceof ApiError) return errorResponse(c, error.status, error.code);
    throw error;
  }
}

async function viewerFile(
  c: Context<AppEnv>,
  file: string,
  type: string,
  cache: string,
): Promise<Response> {
  const dist = c.var.deps.config.distDir;
  const text = await readFile(`${dist}/viewer/${file}`, 'utf8').catch(() => null);
  if (text === null) return c.text('Niet gevonden. (Not found.)', 404);
  c.header('Cache-Control', cache);
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(text, 200, { 'Content-Type': type });
}

async function asset(c: Context<AppEnv>): Promise<Response> {
  const file = c.req.param('file') ?? '';
  const type = ASSET_TYPES[file.split('.').pop() ?? ''];
  // Only the bundle's own file names: no paths, no dot files.
  if (!type || !/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(file))
    return c.text('Niet gevonden. (Not found.)', 404);
  return viewerFile(c, `assets/${file}`, type, IMMUTABLE);
}

const serviceWorker = (c: Context<AppEnv>) =>
  viewerFile(c, 'sw.js', 'text/javascript; charset=utf-8', REVALIDATE);

function withSlash(c: Context<AppEnv>) {
  const url = new URL(c.req.url);
  return c.redirect(`${url.pathname}/${url.search}`, 301);
}

export const viewerRoutes = new Hono<AppEnv>();

// The most specific first: a version number never looks like these names.
for (const base of ['/k/:ws/:card', '/k/:ws/:card/:version']) {
  viewerRoutes.get(`${base}/card.json`, cardJson);
  viewerRoutes.get(`${base}/sw.js`, serviceWorker);
  viewerRoutes.get(`${base}/assets/:file`, asset);
  viewerRoutes.get(`${base}/`, viewerPage);
  viewerRoutes.get(base, withSlash);
}
