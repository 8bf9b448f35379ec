// A release as downloads from the studio: the release JSON, the static site
// as a .zip, and the single HTML file. The viewer bundle is baked into the
// studio's build (viewer/publish/vite-plugin.ts) and loaded only when asked.
//
// fflate makes the zip: 8 kB, no dependencies, synchronous zipSync with
// DEFLATE; writing ZIP headers, CRC-32 and compression here would be more
// code to own than the library.
import { strToU8, zipSync } from 'fflate';
import { releaseFileBase } from '../../schema/release';
import type { Card } from '../../schema/types';
import { releaseJson, singleFileHtml, siteFiles } from '../../viewer/publish/site';
import { downloadBlob, downloadText } from '../io/download';

export type ReleaseDownload = 'json' | 'zip' | 'html';

async function viewerBundle() {
  return (await import('virtual:kindreflex-viewer-bundle')).bundle;
}

/** The site folder as a zip with one top folder, named like the release. */
async function siteZip(card: Card, base: string): Promise<Uint8Array> {
  const files = siteFiles(await viewerBundle(), card);
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [`${base}/${path}`, strToU8(text)]),
  );
  return zipSync(entries, { level: 9 });
}

export async function downloadRelease(card: Card, kind: ReleaseDownload): Promise<void> {
  const version = card.release?.version ?? '';
  const base = releaseFileBase(card, version);
  if (kind === 'json') downloadText(`${base}.json`, releaseJson(card), 'application/json');
  else if (kind === 'html')
    downloadText(`${base}.html`, singleFileHtml(await viewerBundle(), card), 'text/html');
  else
    downloadBlob(
      `${base}.zip`,
      new Blob([(await siteZip(card, base)) as Uint8Array<ArrayBuffer>], {
        type: 'application/zip',
      }),
    );
}
