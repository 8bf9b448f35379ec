// The viewer's own words: Dutch in the code, where it is read, and English in
// one dictionary keyed by the Dutch. Card content is never translated: it is
// shown as the card's authors wrote it.
import type { Lang } from '../schema/problems';
import type { FlowNode, NodeKind, WayIn } from '../schema/types';
import type { View } from './route';

const EN = {
  Stroomschema: 'Flowchart',
  'Stap voor stap': 'Step by step',
  Adressen: 'Directory',
  Tekstversie: 'Text version',
  Weergave: 'View',
  Regio: 'Region',
  'Kies je regio': 'Choose your region',
  'Zoek je gemeente': 'Find your municipality',
  'Geen regio voor deze gemeente.': 'No region for this municipality.',
  'De kaart wordt geladen…': 'Loading the card…',
  'Deze kaart kan niet getoond worden': 'This card cannot be shown',
  waar: 'where',
  'De kaart kon niet geladen worden': 'The card could not be loaded',
  'Alleen http(s)-adressen:': 'Only http(s) addresses:',
  'Deze kaart komt van een onbekende bron en wordt niet getoond:':
    'This card comes from an unknown source and is not shown:',
  'Let op: deze kaart is gewijzigd na de publicatie.':
    'Note: this card was changed after it was published.',
  'Opnieuw proberen': 'Try again',
  'Let op: deze kaart bevat fouten.': 'Note: this card has errors.',
  Start: 'Start',
  Stap: 'Step',
  Gespreksvragen: 'Conversation questions',
  Inschatting: 'Assessment',
  Situatie: 'Situation',
  Afsluiting: 'Closing',
  Toelichting: 'Note',
  Tip: 'Tip',
  'ernst {n} van 5': 'severity {n} of 5',
  'Stroomschema: verschuif met slepen of pijltjes, zoom met + en −, 0 past in beeld':
    'Flowchart: move by dragging or arrow keys, zoom with + and −, 0 fits',
  Inzoomen: 'Zoom in',
  Uitzoomen: 'Zoom out',
  Sluiten: 'Close',
  'Wie contacteer je?': 'Who to contact?',
  'geen partner in deze regio': 'no partner in this region',
  Volgende: 'Next',
  Terug: 'Back',
  'Opnieuw beginnen': 'Start again',
  'Waar je bent': 'Where you are',
  'Welke situatie past het best?': 'Which situation fits best?',
  'Vink af wat je deed (wordt nergens bewaard).': 'Tick what you did (not saved anywhere).',
  'Hoe verder?': 'What next?',
  'Kopieer samenvatting': 'Copy summary',
  'Gekopieerd.': 'Copied.',
  'Kopiëren lukte niet.': 'Copying failed.',
  Stappen: 'Steps',
  'Zoek op naam, dienst, gemeente of rol': 'Search by name, service, municipality or role',
  'Voor wie': 'For whom',
  Iedereen: 'Everyone',
  Ouders: 'Parents',
  Professionals: 'Professionals',
  'Leeftijd van het kind': "Child's age",
  'Alle leeftijden': 'All ages',
  Zwangerschap: 'Pregnancy',
  jaar: 'years',
  gevonden: 'found',
  'Brede instap': 'Broad entry',
  'Via contactpersoon': 'Via a contact person',
  Consult: 'Consultation',
  Aanmelding: 'Referral',
  'Gecontroleerd op': 'Checked on',
  'meer dan een jaar geleden': 'more than a year ago',
  Achtergrondinformatie: 'Background information',
  'Gesprek en inschatting': 'Conversation and assessment',
  'Situaties en stappen': 'Situations and steps',
  Daarna: 'Then',
  versie: 'version',
  'niet gepubliceerd': 'not published',
  'afgedrukt op': 'printed on',
  'gekopieerd op': 'copied on',
  'leidt naar': 'leads to',
  'Hele kaart': 'Whole card',
  'Stroomschema overslaan': 'Skip the flowchart',
};

/** A Dutch UI text that has an English translation. */
export type Dutch = keyof typeof EN;

export const KIND_NAMES = {
  start: 'Start',
  step: 'Stap',
  prompts: 'Gespreksvragen',
  assessment: 'Inschatting',
  scenario: 'Situatie',
  end: 'Afsluiting',
  note: 'Toelichting',
  tip: 'Tip',
} satisfies Record<NodeKind, Dutch>;

export const WAY_IN_NAMES = {
  'brede-instap': 'Brede instap',
  'via-contactpersoon': 'Via contactpersoon',
  consult: 'Consult',
  aanmelding: 'Aanmelding',
} satisfies Record<WayIn, Dutch>;

export const VIEW_NAMES = {
  kaart: 'Stroomschema',
  gids: 'Stap voor stap',
  adressen: 'Adressen',
  tekst: 'Tekstversie',
} satisfies Record<View, Dutch>;

export let lang: Lang = 'nl';

export function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
}

/** A UI text in the current language. */
export const tr = (dutch: Dutch): string => (lang === 'en' ? EN[dutch] : dutch);

/** "Situatie · ernst 2 van 5": a node's kind and severity in words, never by colour alone. */
export const kindText = (node: Pick<FlowNode, 'kind' | 'severity'>): string =>
  tr(KIND_NAMES[node.kind]) +
  (node.severity ? ' · ' + tr('ernst {n} van 5').replace('{n}', String(node.severity)) : '');

const MONTHS: Record<Lang, string[]> = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
};

/**
 * "1 juli 2021": a card date (YYYY-MM-DD) in the UI language, or the text as
 * written. By hand rather than with Intl: a phone spent half a second loading
 * the locale's data for the first date it showed.
 */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m && MONTHS[lang][Number(m[2]) - 1];
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}
