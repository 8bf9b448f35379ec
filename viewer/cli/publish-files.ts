// The files `npm run publish` reads and writes, each check a one-line refusal
// in Dutch (or English) instead of a stack trace: the output folder, the notes
// file, release files that already exist, and the site folder it replaces.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../../schema/problems';

/** A reason not to publish, said to the user as it is (exit 1). */
export class Refusal extends Error {}

const say = (lang: Lang, nl: string, en: string): Refusal => new Refusal(lang === 'nl' ? nl : en);

/** --out is a folder, or can become one. */
export function checkOutFolder(out: string, lang: Lang): void {
  if (existsSync(out) && !statSync(out).isDirectory())
    throw say(
      lang,
      `${out} is een bestand, geen map; geef met --out een map.`,
      `${out} is a file, not a folder; give a folder with --out.`,
    );
}

/** The notes from --notes-file: a file that exists and is not a folder. */
export function readNotes(file: string, lang: Lang): string {
  if (!existsSync(file))
    throw say(
      lang,
      `${file}: bestand niet gevonden (--notes-file).`,
      `${file}: file not found (--notes-file).`,
    );
  if (!statSync(file).isFile())
    throw say(
      lang,
      `${file}: dit is geen bestand (--notes-file).`,
      `${file}: this is not a file (--notes-file).`,
    );
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** A release file is never overwritten: a version that is already in --out is refused. */
export function refuseExisting(
  out: string,
  files: readonly string[],
  version: string,
  lang: Lang,
): void {
  const existing = files.find((f) => existsSync(join(out, f)));
  if (existing)
    throw say(
      lang,
      `Versie ${version} staat al in ${out} (${existing}); een publicatie wordt nooit overschreven. Kies een nieuw nummer met --version.`,
      `Version ${version} is already in ${out} (${existing}); a release is never overwritten. Choose a new number with --version.`,
    );
}

export function writeFile(path: string, text: string): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** The site folder is replaced only when it holds a site made here before. */
export function clearSiteFolder(dir: string, lang: Lang): void {
  if (!existsSync(dir)) return;
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'card.json')))
    throw say(
      lang,
      `${dir} bestaat al en is geen Kindreflex-site; kies een andere --out.`,
      `${dir} already exists and is not a Kindreflex site; choose another --out.`,
    );
  rmSync(dir, { recursive: true });
}
