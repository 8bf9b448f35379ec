// The server as a Hono app, made from its dependencies: the same app runs
// under @hono/node-server in production and through app.request() in tests.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './app-env';
import { adminAuditRoutes, workspaceAuditRoutes } from './audit/routes';
import { loginRoutes } from './auth/login-routes';
import { oidcRoutes } from './auth/oidc-routes';
import { passwordApi, passwordPageRoutes } from './auth/password-routes';
import { readSession } from './auth/sessions';
import { historyRoutes } from './cards/history-routes';
import { cardRoutes } from './cards/routes';
import { BODY_LIMIT_CARD } from './http/body';
import { refuseCrossSite } from './http/csrf';
import { ApiError, errorBody, errorResponse } from './http/errors';
import { liveRoutes } from './live/routes';
import { staticRoutes } from './static';
import { catalogueRoutes } from './public/catalogue-routes';
import { viewerRoutes } from './public/viewer-routes';
import { regionRoutes } from './regions/routes';
import { releaseRoutes } from './releases/routes';
import { reviewRoutes } from './reviews/routes';
import { passwordLinkRoutes } from './workspaces/password-link-route';
import { workspaceRoutes } from './workspaces/routes';

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.extra), error.status);
    // The details go to the server's log, never to the client.
    console.error(`Fout bij ${c.req.method} ${new URL(c.req.url).pathname}:`, error);
    return errorResponse(c, 500, 'internal');
  });
  app.notFound((c) =>
    new URL(c.req.url).pathname.startsWith('/api/')
      ? errorResponse(c, 404, 'unknown-route')
      : c.text('Niet gevonden. (Not found.)', 404),
  );

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  // Not on /viewer/: a published viewer is meant to be embedded by other sites.
  const headers = secureHeaders({ referrerPolicy: 'same-origin' });
  for (const path of ['/api/*', '/wachtwoord', '/editor/*']) app.use(path, headers);
  app.use('*', refuseCrossSite);
  app.use(
    '/api/*',
    bodyLimit({ maxSize: BODY_LIMIT_CARD, onError: (c) => errorResponse(c, 413, 'too-large') }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    // Answers about accounts and cards are never cached by the browser or a proxy.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', readSession);

  app.get('/api/health', async (c) => {
    await deps.db.query('SELECT 1');
    return c.json({ ok: true, database: deps.db.kind, version: deps.version });
  });
  app.get('/api/auth/config', (c) =>
    c.json({
      password: true,
      oidc: deps.oidc ? { label: deps.oidc.label, start: '/api/auth/oidc/start' } : null,
    }),
  );
  app.route('/api/auth', loginRoutes);
  app.route('/api/auth', passwordApi);
  app.route('/api/auth/oidc', oidcRoutes);
  app.route('/wachtwoord', passwordPageRoutes);
  app.route('/api/workspaces', workspaceRoutes);
  app.route('/api/workspaces', passwordLinkRoutes);
  for (const routes of [
    cardRoutes,
    historyRoutes,
    liveRoutes,
    workspaceAuditRoutes,
    reviewRoutes,
    releaseRoutes,
    regionRoutes,
  ])
    app.route('/api/workspaces/:ws', routes);
  app.route('/api/admin', adminAuditRoutes);
  // Published cards: public, no session, no cookies.
  app.route('/', catalogueRoutes);
  app.route('/', viewerRoutes);
  app.route('/', staticRoutes(deps.config.distDir));
  return app;
}
