// One config, two apps. `npm start` serves both from the repository root
// (/editor/ and /viewer/); `npm run build` builds each into its own folder,
// `vite build --mode viewer` then `--mode editor`, so dist/viewer/ is a
// self-contained bundle that publishing can copy as it is.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { measureOnce } from './editor/canvas/vite-measure-once.ts';
import { earlyRead } from './editor/persistence/vite-early-read.ts';
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
            .replace('__BUNDLE__', JSON.stringify(files))
            .replace('__PRECACHE__', JSON.stringify(precache)),
          { minify: true, target: 'es2020' },
        ).code,
      });
    },
  };
}

/**
 * The studio's first load is its entry and everything the entry imports
 * statically; the rest comes with the panels that use it. Left
 * to itself, Rolldown files a small module shared by the entry and a lazy
 * panel (a problem's message, a pointer) into a common chunk with large ones
 * only the panel needs (the validator, the diff), and the first load then
 * fetches them all (rolldown/rolldown#10731).
 */
function studioFirstLoad() {
  const imports = new Map<string, readonly string[]>();
  let firstLoad: Set<string> | undefined;
  const plugin: Plugin = {
    name: 'kindreflex-studio-first-load',
    moduleParsed: (info) => void imports.set(info.id, info.importedIds),
  };
  const test = (id: string) => {
    if (!firstLoad) {
      firstLoad = new Set();
      const stack = [...imports.keys()].filter((m) => /[\\/]editor[\\/]main\.tsx$/.test(m));
      for (let m = stack.pop(); m !== undefined; m = stack.pop()) {
        if (firstLoad.has(m)) continue;
        firstLoad.add(m);
        stack.push(...(imports.get(m) ?? []));
      }
    }
    return firstLoad.has(id);
  };
  // Two files, loaded in parallel: the libraries (as a plain React Flow page has them, plus
  // Dexie), which change rarely and stay cached, and the studio's own code.
  const groups = [
    { name: 'libraries', test: (id: string) => /node_modules/.test(id) && test(id), priority: 2 },
    { name: 'studio', test, priority: 1 },
  ];
  return { plugin, groups };
}

/**
 * Dexie's own ES module build (a public path of the package) rather than its
 * CommonJS bundle behind an import wrapper: the same code, 3 kB less gzipped in
 * the studio's first load, as Dexie is imported only through this one name.
 */
const DEXIE_ESM = { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' };

/**
 * The viewer checks cards with the schema read as data (schema/load/validate-by-schema.ts)
 * instead of the precompiled validator: the same loadCard, 3 kB less in its budget.
 */
const VIEWER_VALIDATOR = {
  find: /^\.\.\/generated\/validate-card$/,
  replacement: fileURLToPath(new URL('./schema/load/validate-by-schema.ts', import.meta.url)),
};

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
      plugins: [
        viewerDefaultCard(),
        viewerBundlePlugin(),
        noSharedServer(),
        measureOnce(),
        earlyRead(),
      ],
      // Dependencies are pre-bundled apart from the plugins above: the same change there.
      optimizeDeps: { rolldownOptions: { plugins: [measureOnce()] } },
      resolve: { alias: [DEXIE_ESM] },
      server: { port: 5173 },
    };
  }
  const app = mode === 'viewer' ? 'viewer' : 'editor';
  const firstLoad = studioFirstLoad();
  return {
    root: root + app,
    base: './',
    publicDir: false,
    // The studio carries the built viewer for publishing (viewer/publish/vite-plugin.ts).
    plugins:
      app === 'viewer'
        ? [viewerDefaultCard(), viewerServiceWorker()]
        : [viewerBundlePlugin(), firstLoad.plugin, measureOnce(), earlyRead()],
    resolve: { alias: app === 'viewer' ? [VIEWER_VALIDATOR] : [DEXIE_ESM] },
    // The studio's worker (editor/workers/) is a module like the rest.
    worker: { format: 'es' as const },
    build: {
      // The viewer: one JS and one CSS file, no preload helper, as publishing inlines them
      // into one HTML file. The studio loads its panels on first use (editor/app/OnFirstUse).
      modulePreload: { polyfill: false },
      ...(app === 'editor'
        ? { rolldownOptions: { output: { codeSplitting: { groups: firstLoad.groups } } } }
        : {}),
      outDir: root + 'dist/' + app,
      emptyOutDir: true,
      target: app === 'viewer' ? 'es2022' : 'es2020',
      reportCompressedSize: false,
    },
  };
});
