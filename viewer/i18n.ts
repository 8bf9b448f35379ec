// The viewer's own words, Dutch first and English second. Card content is
// never translated: it is shown as the card's authors wrote it.
import type { Lang } from '../schema/problems';
import type { FlowNode, NodeKind, WayIn } from '../schema/types';

const nl = {
  views: {
    kaart: 'Stroomschema',
    gids: 'Stap voor stap',
    adressen: 'Adressen',
    tekst: 'Tekstversie',
  },
  viewsLabel: 'Weergave',
  otherLang: 'English',
  region: 'Regio',
  allRegions: 'Kies je regio',
  municipality: 'Zoek je gemeente',
  noRegion: 'Geen regio voor deze gemeente.',
  loading: 'De kaart wordt geladen…',
  refused: 'Deze kaart kan niet getoond worden',
  where: 'waar',
  failed: 'De kaart kon niet geladen worden',
  badUrl: 'Alleen kaarten via http(s) kunnen geladen worden:',
  retry: 'Opnieuw proberen',
  errorsNotice: 'Let op: deze kaart bevat fouten en kan onvolledig zijn.',
  kinds: {
    start: 'Start',
    step: 'Stap',
    prompts: 'Gespreksvragen',
    assessment: 'Inschatting',
    scenario: 'Situatie',
    end: 'Afsluiting',
    note: 'Toelichting',
    tip: 'Tip',
  } satisfies Record<NodeKind, string>,
  severity: 'ernst {n} van 5',
  chartHelp: 'Stroomschema: verschuif met slepen of pijltjes, zoom met + en −, 0 past in beeld',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Passend maken',
  close: 'Sluiten',
  contacts: 'Wie contacteer je?',
  noPartner: 'geen partner in deze regio',
  next: 'Volgende',
  back: 'Terug',
  restart: 'Opnieuw beginnen',
  trail: 'Waar je bent',
  choose: 'Welke situatie past het best?',
  checklist: 'Vink af wat je deed (wordt nergens bewaard).',
  waysOn: 'Hoe verder?',
  copy: 'Kopieer samenvatting',
  copied: 'Gekopieerd.',
  copyFailed: 'Kopiëren lukte niet: kopieer de tekst hieronder.',
  situation: 'Situatie',
  steps: 'Stappen',
  search: 'Zoek op naam, dienst, gemeente of rol',
  audience: 'Voor wie',
  everyone: 'Iedereen',
  parents: 'Ouders',
  professionals: 'Professionals',
  age: 'Leeftijd van het kind',
  anyAge: 'Alle leeftijden',
  pregnancy: 'Zwangerschap',
  years: 'jaar',
  found: 'gevonden',
  wayIn: {
    'brede-instap': 'Brede instap',
    'via-contactpersoon': 'Via contactpersoon',
    consult: 'Consult',
    aanmelding: 'Aanmelding',
  } satisfies Record<WayIn, string>,
  checked: 'Gecontroleerd op',
  stale: 'meer dan een jaar geleden',
  resources: 'Achtergrondinformatie',
  trunk: 'Gesprek en inschatting',
  scenarios: 'Situaties en stappen',
  leadsTo: 'Daarna',
  locale: 'nl-BE',
};

export type Strings = typeof nl;

const en: Strings = {
  views: { kaart: 'Flowchart', gids: 'Step by step', adressen: 'Directory', tekst: 'Text version' },
  viewsLabel: 'View',
  otherLang: 'Nederlands',
  region: 'Region',
  allRegions: 'Choose your region',
  municipality: 'Find your municipality',
  noRegion: 'No region for this municipality.',
  loading: 'Loading the card…',
  refused: 'This card cannot be shown',
  where: 'where',
  failed: 'The card could not be loaded',
  badUrl: 'Only cards over http(s) can be loaded:',
  retry: 'Try again',
  errorsNotice: 'Note: this card has errors and may be incomplete.',
  kinds: {
    start: 'Start',
    step: 'Step',
    prompts: 'Conversation questions',
    assessment: 'Assessment',
    scenario: 'Situation',
    end: 'Closing',
    note: 'Note',
    tip: 'Tip',
  },
  severity: 'severity {n} of 5',
  chartHelp: 'Flowchart: move by dragging or arrow keys, zoom with + and −, 0 fits',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to screen',
  close: 'Close',
  contacts: 'Who to contact?',
  noPartner: 'no partner in this region',
  next: 'Next',
  back: 'Back',
  restart: 'Start again',
  trail: 'Where you are',
  choose: 'Which situation fits best?',
  checklist: 'Tick what you did (not saved anywhere).',
  waysOn: 'What next?',
  copy: 'Copy summary',
  copied: 'Copied.',
  copyFailed: 'Copying failed: copy the text below.',
  situation: 'Situation',
  steps: 'Steps',
  search: 'Search by name, service, municipality or role',
  audience: 'For whom',
  everyone: 'Everyone',
  parents: 'Parents',
  professionals: 'Professionals',
  age: "Child's age",
  anyAge: 'All ages',
  pregnancy: 'Pregnancy',
  years: 'years',
  found: 'found',
  wayIn: {
    'brede-instap': 'Broad entry',
    'via-contactpersoon': 'Via a contact person',
    consult: 'Consultation',
    aanmelding: 'Referral',
  },
  checked: 'Checked on',
  stale: 'more than a year ago',
  resources: 'Background information',
  trunk: 'Conversation and assessment',
  scenarios: 'Situations and steps',
  leadsTo: 'Then',
  locale: 'en-GB',
};

/** The current UI words; a live binding, so every module sees a language switch. */
export let t: Strings = nl;
export let lang: Lang = 'nl';

export function setLang(next: Lang): void {
  lang = next;
  t = next === 'en' ? en : nl;
  document.documentElement.lang = next;
}

/** "1 juli 2021": a card date (YYYY-MM-DD) in the UI language, or the text as written. */
/** "Situatie · ernst 2 van 5": a node's kind and severity in words, never by colour alone. */
export const kindText = (node: Pick<FlowNode, 'kind' | 'severity'>): string =>
  t.kinds[node.kind] +
  (node.severity ? ' · ' + t.severity.replace('{n}', String(node.severity)) : '');

export function formatDate(date: string): string {
  const at = new Date(date + 'T12:00:00Z');
  return isNaN(at.getTime())
    ? date
    : at.toLocaleDateString(t.locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
