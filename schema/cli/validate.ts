// npm run validate -- FILE...
// Exits 0 when every file is a valid card, 1 otherwise, printing one line per
// problem as "file: /json/pointer: message". Warnings are printed but do not fail.
import { openSync, readSync, closeSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCard } from '../load/load-card';
import { sizeProblem } from '../load/parse';
import { formatProblem, isError, type Lang, type Problem } from '../problems';
import { releaseProblem } from '../release';
import type { Card } from '../types';

export interface FileReport {
  file: string;
  problems: Problem[];
  /** A problem that is not about the content: missing file, a folder. */
  failure?: string;
  /** The card as the load path read it (publishing goes on with this very card). */
  card?: Card;
}

function readFileLimited(file: string): Uint8Array | { failure: Problem | string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { failure: 'dit is geen bestand' };
    size = stat.size;
  } catch {
    return { failure: 'bestand niet gevonden' };
  }
  // Refuse by size before reading a single byte of a huge file.
  const tooLarge = sizeProblem(size);
  if (tooLarge) return { failure: tooLarge };
  const bytes = new Uint8Array(size);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, bytes, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * A file through the load path; a release is also checked against its hash, so a
 * published card changed afterwards is an error.
 */
export async function validateFile(file: string, now?: Date): Promise<FileReport> {
  const read = readFileLimited(file);
  if (!(read instanceof Uint8Array)) {
    return typeof read.failure === 'string'
      ? { file, problems: [], failure: read.failure }
      : { file, problems: [read.failure] };
  }
  const result = loadCard(read, now ? { now } : {});
  if (!result.ok) return { file, problems: result.problems };
  const altered = await releaseProblem(result.card);
  const problems = altered ? [altered, ...result.problems] : result.problems;
  return { file, problems, card: result.card };
}

export function reportLines(report: FileReport, lang: Lang): string[] {
  if (report.failure) return [`${report.file}: ${report.failure}`];
  return report.problems.map((p) => {
    const line = `${report.file}: ${formatProblem(p, lang)}`;
    return isError(p)
      ? line
      : line.replace(/: ([^:]*)$/, `: (${lang === 'nl' ? 'waarschuwing' : 'warning'}) $1`);
  });
}

async function main(argv: string[]): Promise<number> {
  const lang: Lang = argv.includes('--en') ? 'en' : 'nl';
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error(
      'Gebruik: npm run validate -- KAART.json [KAART.json ...]   (--en voor Engelse meldingen)',
    );
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const report = await validateFile(file);
    const bad = report.failure !== undefined || report.problems.some(isError);
    failed ||= bad;
    for (const line of reportLines(report, lang)) (bad ? console.error : console.log)(line);
    if (!bad) {
      const warnings = report.problems.length;
      console.log(
        `${file}: geldige kaart${warnings ? ` (${warnings} waarschuwing${warnings === 1 ? '' : 'en'})` : ''}`,
      );
    }
  }
  return failed ? 1 : 0;
}

// Run only as a command: `npm run publish` imports validateFile and reportLines.
const script = process.argv[1];
if (script && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url)))
  process.exitCode = await main(process.argv.slice(2));
