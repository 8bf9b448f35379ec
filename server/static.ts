// The built studio and viewer (npm run build → dist/), served as they are.
// Without a build the server still runs the API and says, in Dutch, what to do.
import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

export const NOT_BUILT_NL =
  'De studio en de viewer zijn nog niet gebouwd (de map dist/ ontbreekt). Voer eerst `npm run build` uit en start de server opnieuw.';

export function distMissing(distDir: string): boolean {
  return !existsSync(`${distDir}/editor/index.html`) || !existsSync(`${distDir}/viewer/index.html`);
}

export function staticRoutes(distDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Made on first use: serveStatic warns at creation when the folder is missing.
  let files: MiddlewareHandler<AppEnv> | null = null;
  app.get('/', (c) => c.redirect('/editor/', 302));
  for (const part of ['editor', 'viewer'] as const) {
    app.get(`/${part}`, (c) => c.redirect(`/${part}/`, 301));
    app.use(`/${part}/*`, async (c, next) => {
      if (distMissing(distDir))
        return c.html(
          `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Niet gebouwd</title>` +
            `<body style="font:16px/1.5 system-ui;max-width:36rem;margin:3rem auto"><h1>Nog niet gebouwd</h1>` +
            `<p>${NOT_BUILT_NL}</p><p lang="en">The studio and viewer are not built yet: run npm run build.</p></body></html>`,
          503,
        );
      files ??= serveStatic<AppEnv>({ root: distDir });
      return files(c, next);
    });
  }
  return app;
}
