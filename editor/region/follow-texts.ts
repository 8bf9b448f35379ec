// The words of regions that follow their base on the shared server, and of
// taking a base update from a published address, Dutch first.
import { msg } from '../i18n/i18n';

export const followTexts = msg({
  notice: {
    nl: 'De basiskaart heeft een nieuwe versie {version}: bekijk de wijzigingen en neem ze over.',
    en: 'The base card has a new version {version}: review the changes and take them.',
  },
  review: { nl: 'Bekijken en overnemen…', en: 'Review and take…' },
  later: { nl: 'Later', en: 'Later' },
  setAside: {
    nl: 'Versie {version} van de basiskaart is opzijgezet. Bij een nieuwere versie verschijnt de melding opnieuw.',
    en: 'Version {version} of the base card was set aside. A newer version shows the notice again.',
  },
  failed: { nl: 'Dat lukte niet: {reason}', en: 'That did not work: {reason}' },
  base: { nl: 'Basis: {title} {version}', en: 'Base: {title} {version}' },
  behind: { nl: 'nieuwe basisversie {version}', en: 'new base version {version}' },
  upToDate: { nl: 'bij', en: 'up to date' },
  // A base update from a published address
  fromUrl: { nl: 'Update ophalen van een adres…', en: 'Fetch an update from an address…' },
  urlTitle: { nl: 'Update van de basiskaart ophalen', en: 'Fetch a base card update' },
  urlLabel: {
    nl: 'Adres van de gepubliceerde basiskaart',
    en: 'Address of the published base card',
  },
  urlHint: {
    nl: 'Het adres van de kaart (…/k/werkruimte/kaart/) of van haar card.json.',
    en: 'The address of the card (…/k/workspace/card/) or of its card.json.',
  },
  urlInvalid: {
    nl: 'Geef een webadres dat begint met https:// of http://.',
    en: 'Give a web address starting with https:// or http://.',
  },
  fetch: { nl: 'Ophalen', en: 'Fetch' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  fetching: { nl: 'Ophalen…', en: 'Fetching…' },
});

/** The catalogue in the studio and "Aanpassen voor mijn regio". */
export const catalogueTexts = msg({
  open: { nl: 'Kaart uit de catalogus aanpassen…', en: 'Adapt a card from the catalogue…' },
  title: { nl: 'Catalogus van gepubliceerde kaarten', en: 'Catalogue of published cards' },
  intro: {
    nl: 'Elke kaart die op deze server gepubliceerd is. Maak er een versie van voor je eigen regio: het stroomschema en de rollen volgen de basiskaart, de partnergids is van jou.',
    en: 'Every card published on this server. Make a version of one for your own region: the flow and roles follow the base card, the directory is yours.',
  },
  search: { nl: 'Gemeente', en: 'Municipality' },
  searchHint: { nl: 'Bijvoorbeeld Ronse.', en: 'For example Ronse.' },
  searchButton: { nl: 'Zoeken', en: 'Search' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  none: { nl: 'Geen gepubliceerde kaart gevonden.', en: 'No published card found.' },
  by: { nl: 'Uitgegeven door {name}', en: 'Published by {name}' },
  version: { nl: 'versie {version}, {date}', en: 'version {version}, {date}' },
  appliesTo: { nl: 'Geldt voor {names}', en: 'Applies to {names}' },
  view: { nl: 'Bekijken', en: 'View' },
  adapt: { nl: 'Aanpassen voor mijn regio', en: 'Adapt for my region' },
  adaptOf: { nl: 'Aanpassen voor mijn regio: {title}', en: 'Adapt for my region: {title}' },
  workspace: { nl: 'In werkruimte', en: 'In workspace' },
  back: { nl: 'Terug naar de catalogus', en: 'Back to the catalogue' },
  make: { nl: 'Regionale versie maken', en: 'Make regional version' },
  made: {
    nl: 'Regionale versie voor {region} gemaakt in {workspace}. Ze volgt ‘{title}’ {version}.',
    en: 'Regional version for {region} made in {workspace}. It follows ‘{title}’ {version}.',
  },
  noWorkspace: {
    nl: 'Je bent in geen enkele werkruimte redacteur of beheerder: vraag een beheerder om je toe te voegen.',
    en: 'You are not an editor or manager in any workspace: ask a manager to add you.',
  },
  signInFirst: {
    nl: 'Meld je aan om een kaart voor je regio aan te passen.',
    en: 'Sign in to adapt a card for your region.',
  },
  close: { nl: 'Sluiten', en: 'Close' },
});
