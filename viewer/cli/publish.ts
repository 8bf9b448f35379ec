// npm run publish -- CARD.json --out DIR [--single-file] [--version 2026.2]
//   [--notes TEXT | --notes-file FILE] [--previous OLD-RELEASE.json] [--accept-warnings] [--en]
//
// Publishes a card: refuses it with the problem list of `npm run validate`
// (exit 1) while it has errors, or warnings that were not accepted; else
// writes DIR/<name>-<version>.json (the release) and either DIR/site/ (the
// viewer with the release as card.json, for any web server) or, with
// --single-file, DIR/<name>-<version>.html (one file that works offline).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCardValue } from '../../schema/load/load-card';
import { hasErrors, type Lang } from '../../schema/problems';
import { createRelease, nextReleaseVersion, releaseFileBase } from '../../schema/release';
import type { Card } from '../../schema/types';
import { reportLines, validateFile } from '../../schema/cli/validate';
import { releaseJson, siteFiles, singleFileHtml } from '../publish/site';
import { ensureViewerBuild, readViewerBundle } from '../publish/viewer-build';
import { parsePublishArgs, USAGE, type PublishArgs } from './publish-args';

class Refusal extends Error {}

/** A card file through the same path and report as `npm run validate`. */
function readCard(file: string, lang: Lang, acceptWarnings: boolean): Card {
  const report = validateFile(file);
  const lines = reportLines(report, lang);
  const refused = report.failure !== undefined || hasErrors(report.problems);
  if (refused || (lines.length > 0 && !acceptWarnings)) {
    for (const line of lines) console.error(line);
    throw new Refusal(
      refused
        ? lang === 'nl'
          ? `${file}: niet gepubliceerd: de kaart heeft fouten.`
          : `${file}: not published: the card has errors.`
        : lang === 'nl'
          ? `${file}: niet gepubliceerd: de kaart heeft waarschuwingen. Aanvaard ze met --accept-warnings.`
          : `${file}: not published: the card has warnings. Accept them with --accept-warnings.`,
    );
  }
  for (const line of lines) console.log(line);
  const loaded = loadCardValue(JSON.parse(readFileSync(file, 'utf8')));
  if (!loaded.ok) throw new Refusal(`${file}: niet gepubliceerd.`);
  return loaded.card;
}

function writeFile(path: string, text: string): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** The site folder is replaced only when it holds a site made here before. */
function clearSiteFolder(dir: string): void {
  if (!existsSync(dir)) return;
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'card.json')))
    throw new Refusal(`${dir} bestaat al en is geen Kindreflex-site; kies een andere --out.`);
  rmSync(dir, { recursive: true });
}

async function publish(args: PublishArgs): Promise<void> {
  const lang = args.lang;
  const card = readCard(args.card, lang, args.acceptWarnings);
  const previous = args.previous ? readCard(args.previous, lang, true) : undefined;
  const earlier = [previous?.release?.version, card.release?.version].filter(
    (v): v is string => v !== undefined,
  );
  const version = args.version ?? nextReleaseVersion(earlier);
  if (earlier.includes(version))
    throw new Refusal(`Versie ${version} is al gepubliceerd; kies een nieuw nummer (--version).`);
  const notes = args.notesFile ? readFileSync(args.notesFile, 'utf8') : args.notes;
  const released = await createRelease(card, {
    version,
    ...(notes !== undefined ? { notes } : {}),
    ...(previous ? { previous } : {}),
  });
  // What we publish must itself be a card that loads.
  const check = loadCardValue(released);
  if (!check.ok) throw new Refusal(check.problems.map((p) => p.message[lang]).join('\n'));

  await ensureViewerBuild((line) => console.log(line));
  const bundle = readViewerBundle();
  const base = releaseFileBase(released, version);
  const written: [string, number][] = [];
  const out = (path: string, text: string) => written.push([path, writeFile(path, text)]);
  out(join(args.out, `${base}.json`), releaseJson(released));
  if (args.singleFile) out(join(args.out, `${base}.html`), singleFileHtml(bundle, released));
  else {
    const site = join(args.out, 'site');
    clearSiteFolder(site);
    for (const [path, text] of Object.entries(siteFiles(bundle, released)))
      out(join(site, path), text);
  }
  console.log(
    lang === 'nl'
      ? `Gepubliceerd: versie ${version} (${released.release!.hash.slice(0, 12)}), ${released.release!.changes!.length} wijzigingen sinds de vorige publicatie.`
      : `Published: version ${version} (${released.release!.hash.slice(0, 12)}), ${released.release!.changes!.length} changes since the previous release.`,
  );
  for (const [path, size] of written) console.log(`  ${path} (${size} bytes)`);
}

async function main(argv: string[]): Promise<number> {
  const args = parsePublishArgs(argv);
  if ('usage' in args) {
    console.error(args.usage ? `${args.usage}\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    await publish(args);
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
