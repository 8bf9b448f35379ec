// A release as downloads from the studio: the release JSON, the static site
// as a .zip, and the single HTML file. The viewer bundle is baked into the
// studio's build (viewer/publish/vite-plugin.ts) and loaded only when asked.
//
// fflate makes the zip: 8 kB, no dependencies, synchronous zipSync with
// DEFLATE; writing ZIP headers, CRC-32 and compression here would be more
// code to own than the library.
import { strToU8, zipSync } from 'fflate';
import { releaseIntact } from '../../schema/hash';
import { releaseFileBase } from '../../schema/release';
import type { Card } from '../../schema/types';
import { releaseJson, singleFileHtml, siteFiles } from '../../viewer/publish/site';
import { downloadBlob, downloadText } from '../io/download';

export type ReleaseDownload = 'json' | 'zip' | 'html';

async function viewerBundle() {
  return (await import('virtual:kindreflex-viewer-bundle')).bundle;
}

/** The site folder as a zip with one top folder, named like the release. */
async function siteZip(card: Card, base: string, origins: readonly string[]): Promise<Uint8Array> {
  const files = siteFiles(await viewerBundle(), card, origins);
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [`${base}/${path}`, strToU8(text)]),
  );
  return zipSync(entries, { level: 9 });
}

/**
 * Downloads a release; refused (false) when it is no longer the content its
 * release.hash says: a release read from the database is checked, not trusted.
 */
export async function downloadRelease(
  card: Card,
  kind: ReleaseDownload,
  origins: readonly string[] = [],
): Promise<boolean> {
  if ((await releaseIntact(card)) === false) return false;
  const version = card.release?.version ?? '';
  const base = releaseFileBase(card, version);
  if (kind === 'json') downloadText(`${base}.json`, releaseJson(card), 'application/json');
  else if (kind === 'html')
    downloadText(`${base}.html`, singleFileHtml(await viewerBundle(), card), 'text/html');
  else
    downloadBlob(
      `${base}.zip`,
      new Blob([(await siteZip(card, base, origins)) as Uint8Array<ArrayBuffer>], {
        type: 'application/zip',
      }),
    );
  return true;
}

/** Every release of a card as its JSON file, in one zip (before the card is deleted for good). */
export function downloadReleaseFiles(releases: readonly Card[], name: string): void {
  const entries = Object.fromEntries(
    releases.map((card) => [
      `${name}/${releaseFileBase(card, card.release?.version ?? '')}.json`,
      strToU8(releaseJson(card)),
    ]),
  );
  const zip = zipSync(entries, { level: 9 }) as Uint8Array<ArrayBuffer>;
  downloadBlob(`${name}.zip`, new Blob([zip], { type: 'application/zip' }));
}
