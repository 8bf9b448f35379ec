// The options of `npm run publish`.
import { parseArgs } from 'node:util';
import type { Lang } from '../../schema/problems';
import { cardOrigin } from '../publish/site';

export interface PublishArgs {
  card: string;
  out: string;
  singleFile: boolean;
  version?: string;
  notes?: string;
  notesFile?: string;
  previous?: string;
  acceptWarnings: boolean;
  lang: Lang;
  /** Other origins the site's viewer may load ?card= from (its own always). */
  cardOrigins: string[];
}

export const USAGE = `Gebruik: npm run publish -- KAART.json --out MAP [opties]
  --single-file        één HTML-bestand (werkt offline, van schijf) in plaats van een sitemap
  --version 2026.2     het versienummer (standaard het volgende: JAAR.N)
  --notes TEKST        publicatienota (of --notes-file BESTAND)
  --previous OUD.json  de vorige publicatie, voor de lijst van wijzigingen
  --accept-warnings    ook publiceren als de kaart waarschuwingen heeft
  --allow-card-origin https://www.regio.be
                       de sitemap mag ook ?card= van deze website tonen (herhaalbaar);
                       anders alleen kaarten van de eigen website
  --en                 meldingen in het Engels`;

/** The options, or what is wrong with them ('' when nothing was given). */
export function parsePublishArgs(argv: string[]): PublishArgs | { usage: string } {
  if (argv.length === 0) return { usage: '' };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        version: { type: 'string' },
        notes: { type: 'string' },
        'notes-file': { type: 'string' },
        previous: { type: 'string' },
        'single-file': { type: 'boolean', default: false },
        'accept-warnings': { type: 'boolean', default: false },
        'allow-card-origin': { type: 'string', multiple: true, default: [] },
        en: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { usage: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return { usage: 'Geef precies één kaart.' };
  if (!values.out) return { usage: 'Geef een uitvoermap met --out.' };
  const origins = values['allow-card-origin'].map((o) => [o, cardOrigin(o)] as const);
  const bad = origins.find(([, origin]) => origin === null);
  if (bad) return { usage: `--allow-card-origin: '${bad[0]}' is geen http(s)-adres.` };
  return {
    card: positionals[0]!,
    out: values.out,
    singleFile: values['single-file'],
    ...(values.version !== undefined ? { version: values.version } : {}),
    ...(values.notes !== undefined ? { notes: values.notes } : {}),
    ...(values['notes-file'] !== undefined ? { notesFile: values['notes-file'] } : {}),
    ...(values.previous !== undefined ? { previous: values.previous } : {}),
    acceptWarnings: values['accept-warnings'],
    lang: values.en ? 'en' : 'nl',
    cardOrigins: [...new Set(origins.map(([, origin]) => origin!))],
  };
}
