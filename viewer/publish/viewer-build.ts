// Node only: the built viewer in dist/viewer/, built with Vite's JS API when
// it is missing or older than its sources, and read as a ViewerBundle. Used
// by `npm run publish` and by the studio's build (vite.config.ts), which
// bakes the bundle into the studio so it can publish without a server.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViewerBundle } from './site.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const viewerDist = join(repoRoot, 'dist/viewer');

/** Publishing code and the command line are not part of the bundle: editing them needs no rebuild. */
const NOT_IN_BUNDLE = new Set([join(repoRoot, 'viewer/publish'), join(repoRoot, 'viewer/cli')]);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  if (NOT_IN_BUNDLE.has(dir)) return [];
  return readdirSync(dir).flatMap((name) => filesUnder(join(dir, name)));
}

/** The newest change to anything the viewer bundle is built from. */
function newestSource(): number {
  const sources = [
    ...filesUnder(join(repoRoot, 'viewer')),
    ...filesUnder(join(repoRoot, 'schema')),
    join(repoRoot, 'vite.config.ts'),
    join(repoRoot, 'package-lock.json'),
    join(repoRoot, 'samples/kindreflex-zuid-oost-vlaanderen.json'),
  ];
  return Math.max(...sources.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

/** True when dist/viewer/ is missing or older than the viewer's sources. */
function viewerBuildIsStale(): boolean {
  const index = join(viewerDist, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestSource();
}

/** Builds dist/viewer/ (as `vite build --mode viewer` does) when it is missing or stale. */
export async function ensureViewerBuild(log: (line: string) => void = () => {}): Promise<void> {
  if (!viewerBuildIsStale()) return;
  log('De viewer wordt gebouwd (vite build --mode viewer)…');
  const { build } = await import('vite');
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    mode: 'viewer',
    logLevel: 'warn',
  });
}

/** Reads dist/viewer/ as a bundle: every file but card.json, which each release replaces. */
export function readViewerBundle(dir: string = viewerDist): ViewerBundle {
  const files: Record<string, string> = {};
  for (const file of filesUnder(dir)) {
    const path = relative(dir, file).split(sep).join('/');
    if (path === 'card.json') continue;
    const bytes = readFileSync(file);
    // Everything the viewer build makes is text; a binary file would need another route.
    if (bytes.includes(0)) throw new Error(`Binary file in the viewer bundle: ${path}`);
    files[path] = bytes.toString('utf8');
  }
  if (!files['index.html']) throw new Error(`No viewer in ${dir}: run npm run build`);
  return { files };
}
