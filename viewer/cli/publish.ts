// npm run publish -- CARD.json --out DIR [--single-file] [--version 2026.2]
//   [--notes TEXT | --notes-file FILE] [--previous OLD-RELEASE.json] [--accept-warnings] [--en]
//
// Publishes a card: refuses it with the problem list of `npm run validate`
// (exit 1) while it has errors, or warnings that were not accepted; else
// writes DIR/<name>-<version>.json (the release) and either DIR/site/ (the
// viewer with the release as card.json, for any web server) or, with
// --single-file, DIR/<name>-<version>.html (one file that works offline).
// A release file is never overwritten; every refusal is one line, exit 1.
import { join } from 'node:path';
import { contentHash } from '../../schema/hash';
import { loadCardValue } from '../../schema/load/load-card';
import { hasErrors, type Lang } from '../../schema/problems';
import {
  createRelease,
  nextReleaseVersion,
  releaseFileBase,
  versionRefusal,
} from '../../schema/release';
import type { Card } from '../../schema/types';
import { reportLines, validateFile } from '../../schema/cli/validate';
import { releaseJson, siteFiles, singleFileHtml } from '../publish/site';
import { ensureViewerBuild, readViewerBundle } from '../publish/viewer-build';
import { parsePublishArgs, USAGE, type PublishArgs } from './publish-args';
import {
  clearSiteFolder,
  checkOutFolder,
  readNotes,
  Refusal,
  refuseExisting,
  writeFile,
} from './publish-files';

/**
 * A card file through the same path and report as `npm run validate`: the card it
 * read. The card to publish may be an edited release file: its old release block
 * is replaced, so that it no longer matches is no reason to refuse (`edited`).
 * The previous release must be intact.
 */
async function readCard(
  file: string,
  lang: Lang,
  acceptWarnings: boolean,
  edited = false,
): Promise<Card> {
  const validated = await validateFile(file);
  const report = edited
    ? { ...validated, problems: validated.problems.filter((p) => p.code !== 'release-altered') }
    : validated;
  const lines = reportLines(report, lang);
  const refused = report.failure !== undefined || hasErrors(report.problems) || !report.card;
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
  return report.card!;
}

/** The version to publish: as given (trimmed) or the next one, checked with the studio's rule. */
function chooseVersion(args: PublishArgs, card: Card, previous: Card | undefined): string {
  const earlier = [previous?.release?.version, card.release?.version].filter(
    (v): v is string => v !== undefined,
  );
  const version = args.version?.trim() ?? nextReleaseVersion(earlier);
  const refusal = versionRefusal(version, earlier);
  if (refusal) throw new Refusal(refusal[args.lang]);
  return version;
}

async function publish(args: PublishArgs): Promise<void> {
  const lang = args.lang;
  checkOutFolder(args.out, lang);
  const card = await readCard(args.card, lang, args.acceptWarnings, true);
  const previous = args.previous ? await readCard(args.previous, lang, true) : undefined;
  const version = chooseVersion(args, card, previous);
  if (previous?.release && previous.release.hash === (await contentHash(card)))
    throw new Refusal(
      lang === 'nl'
        ? `Niet gepubliceerd: de inhoud is gelijk aan de vorige publicatie (versie ${previous.release.version}).`
        : `Not published: the content is the same as the previous release (version ${previous.release.version}).`,
    );
  const notes = args.notesFile ? readNotes(args.notesFile, lang) : args.notes;
  const released = await createRelease(card, {
    version,
    ...(notes !== undefined ? { notes } : {}),
    ...(previous ? { previous } : {}),
  });
  // What we publish must itself be a card that loads.
  const check = loadCardValue(released);
  if (!check.ok) throw new Refusal(check.problems.map((p) => p.message[lang]).join('\n'));

  const base = releaseFileBase(released, version);
  const files = [`${base}.json`, ...(args.singleFile ? [`${base}.html`] : [])];
  refuseExisting(args.out, files, version, lang);
  await ensureViewerBuild((line) => console.log(line));
  const bundle = readViewerBundle();
  const written: [string, number][] = [];
  const out = (path: string, text: string) => written.push([path, writeFile(path, text)]);
  out(join(args.out, `${base}.json`), releaseJson(released));
  if (args.singleFile) out(join(args.out, `${base}.html`), singleFileHtml(bundle, released));
  else {
    const site = join(args.out, 'site');
    clearSiteFolder(site, lang);
    for (const [path, text] of Object.entries(siteFiles(bundle, released, args.cardOrigins)))
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
    // One line, never a stack trace: what was refused, or what went wrong.
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof Refusal
        ? message
        : args.lang === 'nl'
          ? `Publiceren mislukt: ${message}`
          : `Publishing failed: ${message}`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
