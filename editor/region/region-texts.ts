// The words of regional versions and base updates, Dutch first.
import { msg } from '../i18n/i18n';
import { MAKE_REGIONAL_VERSION } from './regional-version';

export const regionTexts = msg({
  makeVersion: MAKE_REGIONAL_VERSION,
  dialogTitle: { nl: 'Regionale versie maken', en: 'Make a regional version' },
  basedOn: {
    nl: "Een nieuwe kaart met het stroomschema en de rollen van '{title}', en een lege partnergids voor je eigen regio. Latere updates van het stroomschema kan je overnemen zonder je contacten te verliezen.",
    en: "A new card with the flow and roles of '{title}', and an empty directory for your own region. Later updates of the flow can be taken without losing your contacts.",
  },
  regionName: { nl: 'Naam van de regio', en: 'Region name' },
  regionNameHint: { nl: 'Bijvoorbeeld: Limburg, Regio Gent', en: 'E.g. Limburg, Regio Gent' },
  municipalities: { nl: 'Gemeenten van de regio', en: 'Municipalities of the region' },
  municipalitiesHint: {
    nl: "Gescheiden door komma's of elk op een regel. Kan later nog.",
    en: 'Separated by commas or one per line. Can be done later.',
  },
  cardTitle: { nl: 'Titel van de nieuwe kaart', en: 'Title of the new card' },
  make: { nl: 'Regionale versie maken', en: 'Make regional version' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  close: { nl: 'Sluiten', en: 'Close' },
  nameRequired: { nl: 'Vul de naam van de regio in.', en: 'Fill in the name of the region.' },
  made: {
    nl: "Regionale versie voor {region} gemaakt, afgeleid van '{title}'.",
    en: "Regional version for {region} made, derived from '{title}'.",
  },
  baseUnavailable: {
    nl: 'Deze kaart kan niet geopend worden, dus er kan geen regionale versie van gemaakt worden.',
    en: 'This card cannot be opened, so no regional version can be made of it.',
  },
  // Origin
  derivedFrom: {
    nl: 'Afgeleid van ‘{title}’ ({version}{date})',
    en: 'Derived from ‘{title}’ ({version}{date})',
  },
  version: { nl: 'versie {v}', en: 'version {v}' },
  unversioned: { nl: 'niet-gepubliceerde versie {hash}', en: 'unpublished version {hash}' },
  // Base update
  takeUpdate: {
    nl: 'Update van de basiskaart importeren…',
    en: 'Import an update of the base card…',
  },
  updateTitle: { nl: 'Update van de basiskaart', en: 'Base card update' },
  refused: {
    nl: "'{file}' is geen bruikbare Kindreflex-kaart. Er is niets gewijzigd.",
    en: "'{file}' is not a usable Kindreflex card. Nothing was changed.",
  },
  otherCard: {
    nl: "Let op: dit bestand is de kaart '{id}', niet de basiskaart '{base}' waarvan deze kaart afgeleid is.",
    en: "Note: this file is the card '{id}', not the base card '{base}' this card was derived from.",
  },
  whatChanged: {
    nl: "Wat veranderde in het stroomschema van '{title}' sinds de versie waarvan deze kaart afgeleid is:",
    en: "What changed in the flow of '{title}' since the version this card was derived from:",
  },
  layoutOnly: {
    nl: 'En {n} wijzigingen aan de schikking (vakken verplaatst of anders aangesloten).',
    en: 'And {n} changes to the layout (boxes moved or attached differently).',
  },
  sameBase: {
    nl: 'Dit is dezelfde versie als die waarvan deze kaart afgeleid is: er is niets over te nemen.',
    en: 'This is the very version this card was derived from: there is nothing to take.',
  },
  noFlowChanges: {
    nl: 'Het stroomschema en de rollen zijn niet gewijzigd.',
    en: 'The flow and the roles did not change.',
  },
  conflictsIntro: {
    nl: 'Op deze plaatsen wijzigden zowel je regio als de basiskaart hetzelfde. Kies per plaats welke versie je houdt:',
    en: 'Here both your region and the base card changed the same thing. Choose per place which version to keep:',
  },
  keepsContacts: {
    nl: 'Je partnergids, je regio en je eigen contacten blijven zoals ze zijn. Alles samen is één stap om ongedaan te maken.',
    en: 'Your directory, region and contacts stay as they are. It is all one step to undo.',
  },
  resultSummary: {
    nl: 'Wat er in je kaart verandert: {summary}',
    en: 'What changes in your card: {summary}',
  },
  take: { nl: 'Update overnemen', en: 'Take the update' },
  taken: {
    nl: 'Update van de basiskaart overgenomen. Je contacten zijn behouden.',
    en: 'Base card update taken. Your contacts are kept.',
  },
  more: { nl: 'En nog {n} andere problemen.', en: 'And {n} more problems.' },
});
