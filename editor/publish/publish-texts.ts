// The words of publishing, in Dutch and English.
import { msg } from '../i18n/i18n';

export const publishTexts = msg({
  publish: { nl: 'Publiceren…', en: 'Publish…' },
  title: { nl: 'Kaart publiceren', en: 'Publish the card' },
  intro: {
    nl: 'Een publicatie verandert nooit meer: lezers zien precies deze inhoud tot een nieuwere publicatie ze vervangt.',
    en: 'A release never changes: readers see exactly this content until a newer release supersedes it.',
  },
  version: { nl: 'Versienummer', en: 'Version number' },
  versionHint: {
    nl: 'Voorstel: jaar en volgnummer (2026.1, 2026.2, …).',
    en: 'Suggested: year and sequence number (2026.1, 2026.2, …).',
  },
  notes: { nl: 'Publicatienota (voor lezers)', en: 'Release notes (for readers)' },
  changesSince: {
    nl: 'Wijzigingen sinds versie {version}',
    en: 'Changes since version {version}',
  },
  firstRelease: {
    nl: 'Dit wordt de eerste publicatie van deze kaart.',
    en: 'This will be the first release of this card.',
  },
  errorsTitle: {
    nl: 'Publiceren kan niet: de kaart heeft {n} fout(en). Los ze eerst op.',
    en: 'Cannot publish: the card has {n} error(s). Fix them first.',
  },
  warningsTitle: { nl: '{n} waarschuwing(en)', en: '{n} warning(s)' },
  acceptWarnings: {
    nl: 'Ik heb de waarschuwingen gelezen en publiceer toch.',
    en: 'I have read the warnings and publish anyway.',
  },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  confirm: { nl: 'Publiceren', en: 'Publish' },
  close: { nl: 'Sluiten', en: 'Close' },
  published: { nl: 'Versie {version} is gepubliceerd.', en: 'Version {version} is published.' },
  downloads: { nl: 'Downloaden', en: 'Download' },
  downloadJson: { nl: 'Publicatie (.json)', en: 'Release (.json)' },
  downloadZip: { nl: 'Website-map (.zip)', en: 'Website folder (.zip)' },
  downloadHtml: { nl: 'Eén HTML-bestand (offline)', en: 'Single HTML file (offline)' },
  downloadsHint: {
    nl: 'De website-map zet je op eender welke webserver, in eender welke map. Het HTML-bestand werkt ook van een USB-stick of als bijlage, zonder internet.',
    en: 'Put the website folder on any web server, in any folder. The HTML file also works from a USB stick or as an attachment, without internet.',
  },
  releases: { nl: 'Publicaties', en: 'Releases' },
  noReleases: { nl: 'Nog niet gepubliceerd.', en: 'Not published yet.' },
  releaseOf: { nl: 'Versie {version}', en: 'Version {version}' },
  changesCount: { nl: '{n} wijziging(en)', en: '{n} change(s)' },
  latest: { nl: 'huidige publicatie', en: 'current release' },
  altered: {
    nl: 'Deze publicatie is gewijzigd nadat ze gepubliceerd werd: de inhoud komt niet overeen met de vrijgave. Ze wordt niet meer aangeboden.',
    en: 'This release was changed after it was published: the content does not match the release. It is no longer offered.',
  },
  alteredBadge: { nl: 'gewijzigd na publicatie', en: 'changed after publishing' },
  origins: {
    nl: 'Kaarten van andere websites toelaten (optioneel)',
    en: 'Allow cards from other websites (optional)',
  },
  originsHint: {
    nl: 'De website-map toont met ?card= alleen kaarten van de eigen website, en van de adressen die je hier geeft (bijvoorbeeld https://www.regio.be), gescheiden door spaties.',
    en: 'The website folder shows with ?card= only cards from its own website, and from the addresses you give here (for example https://www.regio.be), separated by spaces.',
  },
  originsInvalid: {
    nl: 'Geen http(s)-adres: {list}',
    en: 'Not an http(s) address: {list}',
  },
  acceptedWarnings: {
    nl: 'Gepubliceerd met {n} aanvaarde waarschuwing(en).',
    en: 'Published with {n} accepted warning(s).',
  },
});

/** The stable addresses of a release on the shared server. */
export const addressTexts = msg({
  heading: { nl: 'Vaste adressen', en: 'Stable addresses' },
  latest: { nl: 'Altijd de nieuwste versie', en: 'Always the latest version' },
  latestHint: {
    nl: 'Link hiernaar of sluit het in: een nieuwe publicatie verschijnt hier vanzelf.',
    en: 'Link to it or embed it: a new release appears here by itself.',
  },
  pinned: { nl: 'Precies versie {version}, voor altijd', en: 'Exactly version {version}, forever' },
  pinnedHint: {
    nl: 'Verandert nooit: voor een verslag of een dossier dat naar deze versie verwijst.',
    en: 'Never changes: for a report or file that refers to this version.',
  },
  data: { nl: 'De kaart als gegevens (card.json)', en: 'The card as data (card.json)' },
  dataHint: {
    nl: 'Voor een eigen viewer (…/viewer/?card=dit adres) of een regio die deze kaart volgt.',
    en: 'For a viewer of your own (…/viewer/?card=this address) or a region that follows this card.',
  },
  embed: { nl: 'Insluiten op een website', en: 'Embed on a website' },
  embedHint: {
    nl: 'Plak deze code in een webpagina: ze toont altijd de nieuwste versie van de kaart.',
    en: 'Paste this code into a web page: it always shows the latest version of the card.',
  },
  copy: { nl: 'Kopiëren', en: 'Copy' },
  copied: { nl: 'Gekopieerd', en: 'Copied' },
  copyWhat: { nl: 'Kopiëren: {what}', en: 'Copy: {what}' },
  copiedWhat: {
    nl: '{what}: gekopieerd naar het klembord.',
    en: '{what}: copied to the clipboard.',
  },
  notCopied: {
    nl: 'Kopiëren lukte niet: selecteer de tekst en kopieer met Ctrl+C.',
    en: 'Copying did not work: select the text and copy with Ctrl+C.',
  },
});
