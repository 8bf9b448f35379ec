// The catalogue for people (/k/, HTML) and for the studio (/api/catalogue,
// JSON). Both are public: what is published is meant to be found.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { ownOrigin } from '../http/origin';
import { CATALOGUE_PATH } from './address';
import { catalogue, searchCatalogue } from './catalogue';
import { cataloguePage } from './catalogue-page';
import { CATALOGUE_CSS } from './catalogue-style';

/** Only what the page itself needs: its stylesheet, and forms back to itself. */
const CATALOGUE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'";

function query(value: string | undefined): string {
  return (value ?? '').trim().slice(0, 100);
}

export const catalogueRoutes = new Hono<AppEnv>();

catalogueRoutes.get('/k', (c) => c.redirect(CATALOGUE_PATH, 301));

catalogueRoutes.get('/k/', async (c) => {
  const entries = await catalogue(c.var.deps.db);
  const q = query(c.req.query('gemeente'));
  const matches = searchCatalogue(entries, q);
  c.header('Content-Security-Policy', CATALOGUE_CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-cache');
  return c.html(cataloguePage({ query: q, matches, total: entries.length }));
});

catalogueRoutes.get('/k/catalogus.css', (c) => {
  c.header('Cache-Control', 'public, max-age=86400');
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(CATALOGUE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
});

catalogueRoutes.get('/api/catalogue', async (c) => {
  const q = query(c.req.query('gemeente'));
  const origin = ownOrigin(c);
  const matches = searchCatalogue(await catalogue(c.var.deps.db), q);
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cache-Control', 'no-cache');
  return c.json({
    query: q,
    cards: matches.map((m) => ({
      ...m,
      url: origin + m.path,
      cardUrl: `${origin}${m.path}card.json`,
    })),
  });
});
