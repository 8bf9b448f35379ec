// Every error the API gives is JSON: a code for programs and a message in
// Dutch and English for people, never a stack trace.
//   { "error": { "code": "conflict", "message": { "nl": "…", "en": "…" }, …extra } }
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { LocalizedText } from '../../schema/problems';

const messages = {
  'not-signed-in': {
    nl: 'Je bent niet aangemeld. Meld je aan en probeer opnieuw.',
    en: 'You are not signed in. Sign in and try again.',
  },
  forbidden: {
    nl: 'Je rol in deze werkruimte laat dit niet toe.',
    en: 'Your role in this workspace does not allow this.',
  },
  'admin-only': {
    nl: 'Alleen een serverbeheerder mag dit.',
    en: 'Only a server administrator may do this.',
  },
  'not-found': {
    nl: 'Niet gevonden, of je hebt er geen toegang toe.',
    en: 'Not found, or you have no access to it.',
  },
  'unknown-route': {
    nl: 'Dit adres bestaat niet in de API.',
    en: 'This address does not exist in the API.',
  },
  'cross-site': {
    nl: 'Verzoek geweigerd: het komt niet van deze site (bescherming tegen cross-site requests).',
    en: 'Request refused: it does not come from this site (cross-site request protection).',
  },
  'bad-json': {
    nl: 'De inhoud van het verzoek is geen geldige JSON.',
    en: 'The request body is not valid JSON.',
  },
  'bad-request': {
    nl: 'Het verzoek is onvolledig of heeft een verkeerde vorm.',
    en: 'The request is incomplete or malformed.',
  },
  'too-large': {
    nl: 'Het verzoek is te groot.',
    en: 'The request is too large.',
  },
  'unsupported-media-type': {
    nl: 'Stuur de inhoud als JSON (Content-Type: application/json).',
    en: 'Send the body as JSON (Content-Type: application/json).',
  },
  'invalid-card': {
    nl: 'De kaart is geweigerd: ze is ongeldig. Zie de lijst met problemen.',
    en: 'The card was refused: it is invalid. See the list of problems.',
  },
  'unsupported-character': {
    nl: 'De kaart bevat een teken dat niet bewaard kan worden (een nulteken, \\u0000).',
    en: 'The card holds a character that cannot be stored (a null character, \\u0000).',
  },
  conflict: {
    nl: 'Iemand anders heeft deze kaart intussen bewaard. De huidige kaart staat in het antwoord: voeg de wijzigingen samen en bewaar opnieuw.',
    en: 'Someone else saved this card in the meantime. The current card is in the response: merge and save again.',
  },
  'card-id-taken': {
    nl: 'Deze werkruimte heeft al een kaart met deze identificatie. Maak eerst een kopie met een nieuwe identificatie.',
    en: 'This workspace already has a card with this id. Make a copy with a new id first.',
  },
  'in-bin': {
    nl: 'Deze kaart staat in de prullenbak. Zet ze eerst terug.',
    en: 'This card is in the bin. Restore it first.',
  },
  'not-in-bin': {
    nl: 'Deze kaart staat niet in de prullenbak.',
    en: 'This card is not in the bin.',
  },
  'bad-credentials': {
    nl: 'E-mailadres of wachtwoord klopt niet.',
    en: 'E-mail address or password is wrong.',
  },
  'too-many-attempts': {
    nl: 'Te veel mislukte pogingen. Wacht even en probeer dan opnieuw.',
    en: 'Too many failed attempts. Wait a while, then try again.',
  },
  'weak-password': {
    nl: 'Kies een wachtwoord van minstens 12 tekens.',
    en: 'Choose a password of at least 12 characters.',
  },
  'bad-token': {
    nl: 'Deze link is ongeldig, al gebruikt of verlopen. Vraag je beheerder om een nieuwe.',
    en: 'This link is invalid, used or expired. Ask your administrator for a new one.',
  },
  'unknown-account': {
    nl: 'Er is geen account met dit e-mailadres. Vraag je beheerder om je toe te voegen.',
    en: 'There is no account with this e-mail address. Ask your administrator to add you.',
  },
  'last-beheerder': {
    nl: 'Een werkruimte heeft minstens één beheerder nodig.',
    en: 'A workspace needs at least one beheerder.',
  },
  'slug-taken': {
    nl: 'Er bestaat al een werkruimte met deze korte naam.',
    en: 'A workspace with this short name already exists.',
  },
  'oidc-not-configured': {
    nl: 'Aanmelden via je organisatie is op deze server niet ingesteld.',
    en: 'Sign-in through your organisation is not configured on this server.',
  },
  'oidc-failed': {
    nl: 'Aanmelden via je organisatie is mislukt. Probeer opnieuw.',
    en: 'Sign-in through your organisation failed. Try again.',
  },
  'review-not-open': {
    nl: 'Deze nalezing is al afgehandeld: ze is niet meer open.',
    en: 'This review has already been settled: it is no longer open.',
  },
  'own-review': {
    nl: 'Je kunt je eigen werk niet goedkeuren of terugsturen: vraag een collega om het na te lezen.',
    en: 'You cannot approve or send back your own work: ask a colleague to review it.',
  },
  'review-not-approved': {
    nl: 'Publiceren kan alleen met een goedgekeurde versie. Bied de versie eerst ter nalezing aan.',
    en: 'Only an approved version can be published. Offer the version for review first.',
  },
  'publish-errors': {
    nl: 'De kaart heeft fouten die publiceren tegenhouden. Zie de lijst met problemen.',
    en: 'The card has errors that stop publishing. See the list of problems.',
  },
  'warnings-not-accepted': {
    nl: 'De kaart heeft waarschuwingen. Bekijk ze en bevestig dat je toch wilt publiceren.',
    en: 'The card has warnings. Review them and publish again, accepting them.',
  },
  'release-version-taken': {
    nl: 'Dit versienummer is al gepubliceerd; een publicatie verandert nooit meer. Kies een nieuw nummer.',
    en: 'This version number was already published; a release never changes. Choose a new number.',
  },
  'release-unchanged': {
    nl: 'Deze inhoud is al gepubliceerd als de nieuwste versie.',
    en: 'This content is already published as the latest version.',
  },
  'address-taken': {
    nl: 'Een andere kaart van deze werkruimte is al gepubliceerd op dit adres. Geef deze kaart een andere identificatie.',
    en: 'Another card of this workspace is already published at this address. Give this card another id.',
  },
  'release-damaged': {
    nl: 'Deze publicatie is beschadigd: haar inhoud klopt niet met haar hash. Ze wordt niet getoond; de beheerder van de server is verwittigd.',
    en: 'This release is damaged: its content does not match its hash. It is not served; the server administrator has been told.',
  },
  'no-base': {
    nl: 'Deze kaart volgt geen basiskaart die op deze server gepubliceerd is.',
    en: 'This card does not follow a base card published on this server.',
  },
  'reset-not-allowed': {
    nl: 'Je kunt geen nieuwe wachtwoordlink maken voor dit account: het is serverbeheerder of lid van een werkruimte waar jij geen beheerder bent. Vraag de serverbeheerder.',
    en: 'You cannot issue a new password link for this account: it is a server administrator or a member of a workspace you do not manage. Ask the server administrator.',
  },
  'account-disabled': {
    nl: 'Dit account is uitgeschakeld. Een serverbeheerder kan het weer inschakelen.',
    en: 'This account is disabled. A server administrator can enable it again.',
  },
  internal: {
    nl: 'Er ging iets mis op de server. Je wijzigingen zijn niet verloren; probeer het zo dadelijk opnieuw.',
    en: 'Something went wrong on the server. Your changes are not lost; try again shortly.',
  },
} satisfies Record<string, LocalizedText>;

export type ErrorCode = keyof typeof messages;

export function errorBody(code: ErrorCode, extra: Record<string, unknown> = {}) {
  return { error: { code, message: messages[code], ...extra } };
}

/** Thrown anywhere in a handler; app.onError turns it into the JSON answer. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  extra: Record<string, unknown> = {},
): Response {
  return c.json(errorBody(code, extra), status);
}
