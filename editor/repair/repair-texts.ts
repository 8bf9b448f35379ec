// Repair mode's words, Dutch first.
import { msg } from '../i18n/i18n';
import { brokenCardTexts } from './broken-card-texts';

export const repairTexts = msg({
  ...brokenCardTexts,
  loading: { nl: 'De kaart wordt nagekeken…', en: 'Checking the card…' },
  heading: { nl: "'{title}' kan niet geopend worden", en: "'{title}' cannot be opened" },
  intro: {
    nl: 'Deze kaart is bewaard in een vorm die de studio niet kan openen, bijvoorbeeld omdat een oudere versie van de studio ze zo opsloeg. Er is niets verloren: de kaart blijft bewaard zoals ze is tot je hieronder kiest wat je doet.',
    en: 'This card is stored in a form the studio cannot open, for instance because an older version of the studio saved it that way. Nothing is lost: the card stays stored as it is until you choose below what to do.',
  },
  problems: { nl: 'Wat er mis is ({n})', en: 'What is wrong ({n})' },
  more: { nl: 'en nog {n}', en: 'and {n} more' },
  repairHeading: { nl: 'Automatisch herstellen', en: 'Repair automatically' },
  repairIntro: {
    nl: 'Deze {n} wijziging(en) maken de kaart weer leesbaar:',
    en: 'These {n} change(s) make the card readable again:',
  },
  repair: { nl: 'Herstellen', en: 'Repair' },
  cannotRepair: {
    nl: 'Deze problemen kan de studio niet automatisch herstellen. Open een vorige versie, of exporteer de ruwe JSON om ze na te kijken.',
    en: 'The studio cannot repair these problems automatically. Open a previous version, or export the raw JSON to look into them.',
  },
  previousHeading: { nl: 'Vorige versie openen', en: 'Open a previous version' },
  previousText: {
    nl: 'De laatste versie uit de geschiedenis die wel opent: {date} ({reason}). Wijzigingen van daarna zitten er niet in.',
    en: 'The last version in the history that opens: {date} ({reason}). Changes made after it are not in it.',
  },
  previous: { nl: 'Vorige versie openen', en: 'Open previous version' },
  noPrevious: {
    nl: 'Er is geen eerdere versie van deze kaart bewaard.',
    en: 'No earlier version of this card was kept.',
  },
  exportHeading: { nl: 'Ruwe JSON', en: 'Raw JSON' },
  exportText: {
    nl: 'Download de kaart precies zoals ze bewaard is, om ze zelf of met hulp na te kijken.',
    en: 'Download the card exactly as it is stored, to look into it yourself or with help.',
  },
  export: { nl: 'Ruwe JSON exporteren', en: 'Export raw JSON' },
  kept: {
    nl: 'Wat je ook kiest: de huidige inhoud blijft in de database bewaard.',
    en: 'Whatever you choose, the current content stays stored in the database.',
  },
  done: { nl: "'{title}' is hersteld en geopend.", en: "'{title}' was repaired and opened." },
  changedMeanwhile: {
    nl: 'De kaart is intussen gewijzigd (in een ander tabblad?). Bekijk ze opnieuw.',
    en: 'The card changed in the meantime (in another tab?). Look at it again.',
  },
});
