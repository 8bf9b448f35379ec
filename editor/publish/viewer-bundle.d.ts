// The built viewer, provided by viewer/publish/vite-plugin.ts.
declare module 'virtual:kindreflex-viewer-bundle' {
  import type { ViewerBundle } from '../../viewer/publish/site';
  export const bundle: ViewerBundle;
}
