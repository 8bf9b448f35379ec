// The words of the versions panel, in Dutch and English.
import type { Lang, LocalizedText } from '../../schema/problems';
import { formatDate, msg } from '../i18n/i18n';
import type { VersionReason } from './version-rows';

export const versionTexts = msg({
  heading: { nl: 'Versies', en: 'Versions' },
  save: { nl: 'Versie bewaren', en: 'Save version' },
  saveTitle: { nl: 'Versie bewaren', en: 'Save a version' },
  message: { nl: 'Wat is er veranderd?', en: 'What changed?' },
  messageHint: {
    nl: 'Bijvoorbeeld: „Nieuwe nummers van het VK na overleg”.',
    en: 'For example: “New numbers of the VK after the meeting”.',
  },
  author: { nl: 'Je naam', en: 'Your name' },
  authorHint: {
    nl: 'Wordt onthouden en bij elke versie en publicatie bewaard.',
    en: 'Remembered, and saved with every version and release.',
  },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  saved: { nl: 'Versie bewaard.', en: 'Version saved.' },
  unchanged: {
    nl: 'Deze inhoud is al bewaard als de laatste versie.',
    en: 'This content is already the latest version.',
  },
  noStorage: {
    nl: 'Versies bewaren kan niet: deze browser laat de studio niets opslaan.',
    en: 'Versions cannot be kept: this browser lets the studio store nothing.',
  },
  history: { nl: 'Geschiedenis', en: 'History' },
  empty: { nl: 'Nog geen versies.', en: 'No versions yet.' },
  compare: { nl: 'Vergelijken', en: 'Compare' },
  compareWith: { nl: 'Vergelijk met de huidige kaart', en: 'Compare with the current card' },
  restore: { nl: 'Herstellen', en: 'Restore' },
  restoreTitle: { nl: 'Deze versie herstellen?', en: 'Restore this version?' },
  restoreBody: {
    nl: 'De kaart wordt zoals ze was op {date}. De huidige kaart wordt eerst als versie bewaard: er gaat niets verloren, en Ongedaan maken zet ze terug.',
    en: 'The card becomes what it was on {date}. The current card is saved as a version first: nothing is lost, and Undo brings it back.',
  },
  restoreLabel: { nl: 'Versie van {date} hersteld', en: 'Version of {date} restored' },
  restored: { nl: 'Versie van {date} hersteld.', en: 'Version of {date} restored.' },
  working: {
    nl: 'Huidige kaart (niet bewaard als versie)',
    en: 'Current card (not saved as a version)',
  },
  older: { nl: 'Van', en: 'From' },
  newer: { nl: 'Naar', en: 'To' },
  swap: { nl: 'Omwisselen', en: 'Swap' },
  noChanges: { nl: 'Geen verschillen.', en: 'No differences.' },
  layout: { nl: 'Alleen schikking:', en: 'Layout only:' },
  by: { nl: 'door {name}', en: 'by {name}' },
  publishedAs: { nl: 'Gepubliceerd als {version}', en: 'Published as {version}' },
  restoredFrom: { nl: 'hersteld van {date}', en: 'restored from {date}' },
  hash: { nl: 'Inhoudshash', en: 'Content hash' },
});

const REASONS: Record<VersionReason, LocalizedText> = {
  named: { nl: 'Bewaarde versie', en: 'Saved version' },
  opened: { nl: 'Automatisch: kaart geopend', en: 'Automatic: card opened' },
  interval: { nl: 'Automatisch: tijdens het bewerken', en: 'Automatic: while editing' },
  'before-restore': { nl: 'Automatisch: vóór herstellen', en: 'Automatic: before a restore' },
  restored: { nl: 'Hersteld', en: 'Restored' },
  'before-base-update': {
    nl: 'Automatisch: vóór basisupdate',
    en: 'Automatic: before a base update',
  },
  published: { nl: 'Gepubliceerd', en: 'Published' },
  repaired: { nl: 'Hersteld na een fout bij het openen', en: 'Repaired after it failed to open' },
};

export const reasonLabel = (reason: VersionReason): LocalizedText => REASONS[reason];

export const formatDateTime = (at: number | string, lang: Lang): string =>
  formatDate(at, lang, 'long');
