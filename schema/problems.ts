// Every problem the load path or a check can report: a code for programs, a
// JSON pointer for "where", a severity, and the message in Dutch and English.
// Messages are built here and only here, so the wording stays consistent.

export type Lang = 'nl' | 'en';
export type ProblemSeverity = 'error' | 'warning';
export interface LocalizedText {
  nl: string;
  en: string;
}

export interface Problem {
  /** A catalogue code, or a drawing warning of the studio (schema/layout/drawing-check.ts). */
  code: ProblemCode | `drawing-${string}`;
  severity: ProblemSeverity;
  /** JSON pointer (RFC 6901) into the document; '' is the whole document. */
  pointer: string;
  message: LocalizedText;
}

type Params = Record<string, string | number>;
type Template = (p: Params) => LocalizedText;

const q = (v: string | number | undefined): string => `'${String(v ?? '')}'`;

const catalog = {
  empty: () => ({ nl: 'Het bestand is leeg.', en: 'The file is empty.' }),
  'too-large': (p: Params) => ({
    nl: `Het bestand is te groot (${p.size}); het maximum is ${p.limit}.`,
    en: `The file is too large (${p.size}); the limit is ${p.limit}.`,
  }),
  'too-deep': (p: Params) => ({
    nl: `Het bestand is te diep genest (meer dan ${p.limit} niveaus); dit is geen kaart.`,
    en: `The file is nested too deeply (more than ${p.limit} levels); this is not a card.`,
  }),
  'not-json': (p: Params) => ({
    nl: `Dit is geen geldig JSON-bestand${p.where ? ` (fout ${p.where})` : ''}. Is het afgebroken of beschadigd?`,
    en: `This is not valid JSON${p.where ? ` (error ${p.where})` : ''}. Is it truncated or damaged?`,
  }),
  'not-object': () => ({
    nl: 'Dit is geen Kindreflex-kaart: het bestand bevat geen JSON-object.',
    en: 'This is not a Kindreflex card: the file holds no JSON object.',
  }),
  'no-version': () => ({
    nl: "Het veld 'schemaVersion' ontbreekt of is geen geheel getal; dit lijkt geen Kindreflex-kaart.",
    en: "The field 'schemaVersion' is missing or not an integer; this does not look like a Kindreflex card.",
  }),
  'newer-version': (p: Params) => ({
    nl: `Deze kaart heeft schemaversie ${p.version}, nieuwer dan deze toepassing kent (${p.current}). Werk Kindreflex Studio bij om ze te openen.`,
    en: `This card has schema version ${p.version}, newer than this application knows (${p.current}). Update Kindreflex Studio to open it.`,
  }),
  'migration-failed': (p: Params) => ({
    nl: `De kaart kon niet omgezet worden van versie ${p.from} naar ${p.to}: ${p.reason}`,
    en: `The card could not be migrated from version ${p.from} to ${p.to}: ${p.reason}`,
  }),
  'forbidden-key': (p: Params) => ({
    nl: `Het veld ${q(p.key)} is niet toegelaten: die naam is in JavaScript gereserveerd.`,
    en: `The field ${q(p.key)} is not allowed: the name is reserved in JavaScript.`,
  }),
  schema: (p: Params) => ({ nl: String(p.nl), en: String(p.en) }),
  'duplicate-id': (p: Params) => ({
    nl: `De identificatie ${q(p.id)} komt meer dan eens voor bij ${p.what_nl}.`,
    en: `The id ${q(p.id)} occurs more than once among ${p.what_en}.`,
  }),
  'edge-missing-node': (p: Params) => ({
    nl: `Deze pijl verwijst naar knoop ${q(p.id)}, die niet bestaat.`,
    en: `This edge refers to node ${q(p.id)}, which does not exist.`,
  }),
  'no-start': () => ({
    nl: 'Het stroomschema heeft geen START-knoop.',
    en: 'The flow has no start node.',
  }),
  'multiple-start': () => ({
    nl: 'Het stroomschema heeft meer dan één START-knoop.',
    en: 'The flow has more than one start node.',
  }),
  unreachable: (p: Params) => ({
    nl: `Knoop ${q(p.label)} is niet bereikbaar vanaf START.`,
    en: `Node ${q(p.label)} cannot be reached from the start.`,
  }),
  'dead-end': (p: Params) => ({
    nl: `Knoop ${q(p.label)} loopt dood: er vertrekt geen pijl en het is geen eindknoop.`,
    en: `Node ${q(p.label)} is a dead end: no edge leaves it and it is not an end node.`,
  }),
  'scenario-without-step': (p: Params) => ({
    nl: `Scenario ${q(p.label)} heeft geen enkele stap.`,
    en: `Scenario ${q(p.label)} has no step.`,
  }),
  'unknown-role': (p: Params) => ({
    nl: `De rol ${q(p.id)} bestaat niet in de lijst van rollen.`,
    en: `The role ${q(p.id)} does not exist in the list of roles.`,
  }),
  'role-unfilled': (p: Params) => ({
    nl: `De rol ${q(p.name)} wordt in ${p.region} door geen enkele partner ingevuld.`,
    en: `No partner fills the role ${q(p.name)} in ${p.region}.`,
  }),
  'unknown-partner': (p: Params) => ({
    nl: `Deze vermelding verwijst naar partner ${q(p.id)}, die niet bestaat.`,
    en: `This entry refers to partner ${q(p.id)}, which does not exist.`,
  }),
  'unknown-region': (p: Params) => ({
    nl: `De regio ${q(p.id)} bestaat niet op deze kaart.`,
    en: `The region ${q(p.id)} does not exist on this card.`,
  }),
  'phone-invalid': (p: Params) => ({
    nl: `${q(p.number)} is geen geldig Belgisch telefoonnummer.`,
    en: `${q(p.number)} is not a valid Belgian phone number.`,
  }),
  'link-unsafe': (p: Params) => ({
    nl: `De link ${q(p.url)} is niet toegelaten: alleen http(s)-, mailto:- en tel:-links.`,
    en: `The link ${q(p.url)} is not allowed: only http(s), mailto: and tel: links.`,
  }),
  'stale-contact': (p: Params) => ({
    nl: `De gegevens van ${q(p.name)} zijn sinds ${p.date} niet meer gecontroleerd (meer dan een jaar).`,
    en: `The details of ${q(p.name)} have not been checked since ${p.date} (more than a year).`,
  }),
  'age-range-inverted': () => ({
    nl: 'De leeftijd "vanaf" ligt na de leeftijd "tot".',
    en: 'The age "from" is after the age "to".',
  }),
} satisfies Record<string, Template>;

/**
 * 'release-altered' is made by releaseProblem in release.ts, with its message
 * there: the viewer, which bundles this catalog, checks releases with its own words.
 */
type CatalogCode = keyof typeof catalog;
export type ProblemCode = CatalogCode | 'release-altered';

export function problem(
  code: CatalogCode,
  severity: ProblemSeverity,
  pointer: string,
  params: Params = {},
): Problem {
  const template: Template = catalog[code];
  return { code, severity, pointer, message: template(params) };
}

export const isError = (p: Problem): boolean => p.severity === 'error';
export const hasErrors = (problems: readonly Problem[]): boolean => problems.some(isError);

/** "/flow/nodes/3: message", the form the command line and logs use. */
export function formatProblem(p: Problem, lang: Lang = 'nl'): string {
  return `${p.pointer || '/'}: ${p.message[lang]}`;
}
