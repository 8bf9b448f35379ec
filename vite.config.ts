// One config, two apps. `npm start` serves both from the repository root
// (/editor/ and /viewer/); `npm run build` builds each into its own folder,
// `vite build --mode viewer` then `--mode editor`, so dist/viewer/ is a
// self-contained bundle that publishing can copy as it is.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { viewerBundlePlugin } from './viewer/publish/vite-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_CARD = 'samples/kindreflex-zuid-oost-vlaanderen.json';

/** The viewer reads ./card.json beside it: in dev and in dist/viewer/ that is the sample card. */
function viewerDefaultCard(): Plugin {
  return {
    name: 'kindreflex-viewer-default-card',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/editor/');
          res.end();
          return;
        }
        if (req.url?.split('?')[0] === '/viewer/card.json') {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(readFileSync(root + DEFAULT_CARD));
          return;
        }
        next();
      });
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'card.json',
        source: readFileSync(root + DEFAULT_CARD),
      });
    },
  };
}

/**
 * dist/viewer/sw.js, from viewer/sw.js with the built file names filled in, so
 * a first visit caches everything the viewer needs to work offline.
 */
function viewerServiceWorker(): Plugin {
  return {
    name: 'kindreflex-viewer-service-worker',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => /^assets\/.+\.(js|css)$/.test(f));
      const precache = ['./', './card.json', ...files.map((f) => './' + f)];
      const version = files.map((f) => f.replace(/^.*-|\..*$/g, '')).join('-');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: transformSync(
          readFileSync(root + 'viewer/sw.js', 'utf8')
            .replace('__VERSION__', version)
            .replace('__PRECACHE__', JSON.stringify(precache)),
          { minify: true, target: 'es2020' },
        ).code,
      });
    },
  };
}

/**
 * The studio asks /api/health whether the shared server (npm run server) serves it.
 * Vite is not that server: it answers 204, so the question leaves no error in the console.
 */
function noSharedServer(): Plugin {
  const answer = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/api/health') return next();
    res.statusCode = 204;
    res.end();
  };
  return {
    name: 'kindreflex-no-shared-server',
    configureServer: (server) => void server.middlewares.use(answer),
    configurePreviewServer: (server) => void server.middlewares.use(answer),
  };
}

export default defineConfig(({ command, mode, isPreview }) => {
  // `vite preview --outDir dist` serves the built apps side by side, as the browser tests use them.
  if (isPreview) return { root, plugins: [noSharedServer()], build: { outDir: root + 'dist' } };
  if (command === 'serve') {
    return {
      root,
      plugins: [viewerDefaultCard(), viewerBundlePlugin(), noSharedServer()],
      server: { port: 5173 },
    };
  }
  const app = mode === 'viewer' ? 'viewer' : 'editor';
  return {
    root: root + app,
    base: './',
    publicDir: false,
    // The studio carries the built viewer for publishing (viewer/publish/vite-plugin.ts).
    plugins:
      app === 'viewer' ? [viewerDefaultCard(), viewerServiceWorker()] : [viewerBundlePlugin()],
    build: {
      // One JS and one CSS file, no preload helper: publishing inlines them into one HTML file.
      modulePreload: { polyfill: false },
      outDir: root + 'dist/' + app,
      emptyOutDir: true,
      target: app === 'viewer' ? 'es2022' : 'es2020',
      reportCompressedSize: false,
    },
  };
});
