// Puts early-read-script.ts into the studio's index.html as an inline classic
// script, bundled and minified by esbuild at build time (and by the dev server
// alike): a module script would run only after every module of the studio has
// been fetched and compiled, which is the wait this read is meant to fill.
// The studio is served without a content security policy that forbids inline
// scripts (server/app.ts); with one, the script does not run and the studio
// opens the card through Dexie, as before.
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

const SCRIPT = fileURLToPath(new URL('./early-read-script.ts', import.meta.url));

/** early-read-script.ts and what it imports, as one minified classic script. */
export function earlyReadScript(): string {
  const { outputFiles } = buildSync({
    entryPoints: [SCRIPT],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
  });
  return outputFiles[0]!.text.trim();
}

/** Only the studio's page: the dev server serves the viewer's index.html through the same plugins. */
export function earlyRead(): Plugin {
  return {
    name: 'kindreflex-studio-early-read',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { filename }) =>
        /[\\/]editor[\\/]index\.html$/.test(filename)
          ? [{ tag: 'script', children: earlyReadScript(), injectTo: 'head' }]
          : [],
    },
  };
}
