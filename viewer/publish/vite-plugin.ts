// The built viewer as a module of the studio ("virtual:kindreflex-viewer-bundle"),
// so the studio can make a site folder or a single HTML file in the browser,
// offline, without fetching the viewer from a server. The studio imports it
// lazily: the bundle is only downloaded when someone publishes.
import type { Plugin } from 'vite';
import { ensureViewerBuild, readViewerBundle } from './viewer-build.ts';

const VIEWER_BUNDLE_MODULE = 'virtual:kindreflex-viewer-bundle';
const RESOLVED = '\0' + VIEWER_BUNDLE_MODULE;

export function viewerBundlePlugin(): Plugin {
  return {
    name: 'kindreflex-viewer-bundle',
    resolveId: (source) => (source === VIEWER_BUNDLE_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // `npm run build` builds the viewer first; `npm start` builds it on first use.
      await ensureViewerBuild((line) => this.info(line));
      return `export const bundle = ${JSON.stringify(readViewerBundle())};`;
    },
  };
}
