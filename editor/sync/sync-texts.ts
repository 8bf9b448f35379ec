// The words of the shared workspace in the studio, in Dutch and English.
import { msg } from '../i18n/i18n';

export const syncTexts = msg({
  signIn: { nl: 'Aanmelden', en: 'Sign in' },
  signInTitle: {
    nl: 'Aanmelden bij de gedeelde werkruimte',
    en: 'Sign in to the shared workspace',
  },
  signInIntro: {
    nl: 'Meld je aan om de kaarten van je team te zien en te bewerken. Je lokale kaarten blijven in deze browser.',
    en: "Sign in to see and edit your team's cards. Your local cards stay in this browser.",
  },
  email: { nl: 'E-mailadres', en: 'E-mail address' },
  password: { nl: 'Wachtwoord', en: 'Password' },
  signInWith: { nl: 'Aanmelden met {label}', en: 'Sign in with {label}' },
  or: { nl: 'of', en: 'or' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  signingIn: { nl: 'Aanmelden…', en: 'Signing in…' },
  signOut: { nl: 'Afmelden', en: 'Sign out' },
  account: { nl: 'Account: {name}', en: 'Account: {name}' },
  signedInAs: { nl: 'Aangemeld als {name} ({email})', en: 'Signed in as {name} ({email})' },
  signOutTitle: { nl: 'Afmelden?', en: 'Sign out?' },
  signOutPending: {
    nl: 'Wijzigingen aan {n} kaart(en) zijn nog niet naar de server verstuurd. Ze blijven als lokale kaart in deze browser bewaard; de kaarten van de werkruimte verdwijnen uit deze browser.',
    en: 'Changes to {n} card(s) have not been sent to the server yet. They stay in this browser as local cards; the workspace cards leave this browser.',
  },
  signedOut: { nl: 'Je bent afgemeld.', en: 'You are signed out.' },
  keptLocal: {
    nl: '{n} kaart(en) met niet verstuurde wijzigingen staan nu bij je lokale kaarten.',
    en: '{n} card(s) with unsent changes are now among your local cards.',
  },
  expired: {
    nl: 'Je sessie is verlopen. Meld je opnieuw aan om je wijzigingen te versturen; ze blijven intussen in deze browser bewaard.',
    en: 'Your session has ended. Sign in again to send your changes; meanwhile they stay in this browser.',
  },
  // The words of the issue, as they are: the banner starts with the state it names.
  offline: {
    nl: 'offline: je wijzigingen worden bewaard en later verstuurd',
    en: 'offline: your changes are kept and sent later',
  },
  offlinePendingOne: { nl: '(1 kaart wacht.)', en: '(1 card waiting.)' },
  offlinePending: { nl: '({n} kaarten wachten.)', en: '({n} cards waiting.)' },
  backOnline: {
    nl: 'Weer verbonden met de server: je wijzigingen worden verstuurd.',
    en: 'Connected to the server again: your changes are being sent.',
  },
  localCards: { nl: 'In deze browser', en: 'In this browser' },
  workspaceHeading: { nl: '{name}', en: '{name}' },
  roleLezer: { nl: 'lezer', en: 'reader' },
  roleRedacteur: { nl: 'redacteur', en: 'editor' },
  roleBeheerder: { nl: 'beheerder', en: 'manager' },
  noServerCards: {
    nl: 'Nog geen kaarten in deze werkruimte.',
    en: 'No cards in this workspace yet.',
  },
  notSent: { nl: 'nog niet verstuurd', en: 'not sent yet' },
  conflictBadge: { nl: 'conflict', en: 'conflict' },
  readOnlyBadge: { nl: 'alleen lezen', en: 'read only' },
  notHere: {
    nl: 'Deze kaart is nog niet in deze browser. Ze wordt opgehaald zodra de server bereikbaar is.',
    en: 'This card is not in this browser yet. It is fetched as soon as the server can be reached.',
  },
  copyToWorkspace: { nl: 'Naar werkruimte kopiëren', en: 'Copy to workspace' },
  copyToNamed: { nl: 'Naar {name} kopiëren', en: 'Copy to {name}' },
  copied: { nl: "'{title}' is gekopieerd naar {name}.", en: "'{title}' was copied to {name}." },
  copiedNewId: {
    nl: "'{title}' is gekopieerd naar {name}, met een nieuwe kaart-id omdat {name} die id al gebruikte.",
    en: "'{title}' was copied to {name}, with a new card id because {name} already used that id.",
  },
  copyFailed: { nl: 'Kopiëren is niet gelukt: {reason}', en: 'Copying failed: {reason}' },
  deleteFromWorkspace: { nl: 'Naar de prullenbak van de werkruimte', en: "To the workspace's bin" },
  confirmDelete: {
    nl: "'{title}' naar de prullenbak van {name} verplaatsen? Een redacteur kan de kaart daar terughalen; ze verdwijnt voor iedereen uit de lijst.",
    en: "Move '{title}' to the bin of {name}? An editor can get it back from there; it leaves the list for everyone.",
  },
  delete: { nl: 'Verwijderen', en: 'Delete' },
  deleted: {
    nl: "'{title}' is naar de prullenbak van de werkruimte verplaatst.",
    en: "'{title}' was moved to the workspace's bin.",
  },
  lostDeleted: {
    nl: "'{title}' is op de server verwijderd.",
    en: "'{title}' was deleted on the server.",
  },
  lostForbidden: {
    nl: "Je mag '{title}' niet meer wijzigen.",
    en: "You may no longer change '{title}'.",
  },
  lostKept: {
    nl: 'Je niet verstuurde wijzigingen staan als lokale kaart in deze browser.',
    en: 'Your unsent changes are kept as a local card in this browser.',
  },
  failed: {
    nl: "'{title}' kon niet met de server gesynchroniseerd worden: {reason}. Je wijzigingen blijven in deze browser bewaard.",
    en: "'{title}' could not be synchronised with the server: {reason}. Your changes stay in this browser.",
  },
  readOnly: {
    nl: 'Je bent lezer in {name}: je kan deze kaart bekijken, vergelijken en exporteren, maar niet wijzigen.',
    en: 'You are a reader in {name}: you can view, compare and export this card, but not change it.',
  },
  presence: { nl: 'Ook open bij: {names}', en: 'Also open by: {names}' },
  synced: { nl: 'Op de server', en: 'On the server' },
  sending: { nl: 'Versturen naar de server…', en: 'Sending to the server…' },
  conflictText: {
    nl: '{name} heeft deze kaart op de server gewijzigd terwijl jij hier hetzelfde onderdeel wijzigde. Niets is overschreven: jouw versie staat in deze browser, die van {name} op de server. Kies welke versie je houdt (exporteer eerst als je beide wil bewaren).',
    en: '{name} changed this card on the server while you changed the same part here. Nothing was overwritten: your version is in this browser, theirs on the server. Choose which version to keep (export first if you want to keep both).',
  },
  someone: { nl: 'Een collega', en: 'A colleague' },
  keepMine: { nl: 'Mijn versie houden', en: 'Keep my version' },
  takeTheirs: { nl: 'Versie van de server laden', en: "Load the server's version" },
  export: { nl: 'Kaart exporteren', en: 'Export card' },
  versionOffline: {
    nl: 'Versie niet bewaard: de server is niet bereikbaar. Probeer opnieuw als je weer verbonden bent.',
    en: 'Version not saved: the server cannot be reached. Try again when you are connected.',
  },
  versionFailed: {
    nl: 'Versie niet bewaard: de server weigerde ze.',
    en: 'Version not saved: the server refused it.',
  },
});
