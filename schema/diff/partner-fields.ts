// The partner fields as sentences name and show them: "telefoonnummers",
// "055 31 38 62 (Oudenaarde)", role ids as role names. Shared by the partner
// and section diffs.
import { AUDIENCE_LABELS, formatAgeRange, formatPhones, WAY_IN_LABELS } from '../directory-text';
import type { LocalizedText } from '../problems';
import type { Audience, Card, Partner, WayIn } from '../types';
import { plainValue, same, textValue } from './sentences';

export type Format = (value: unknown, card: Card) => LocalizedText;

const labelOf =
  <K extends string>(labels: Record<K, LocalizedText>): Format =>
  (value) =>
    typeof value === 'string' && value in labels ? labels[value as K] : plainValue(value);

/** Role or region ids as their names; an unknown id stays as it is. */
const namesIn =
  (list: (card: Card) => readonly { id: string; name: string }[]) =>
  (ids: readonly string[], card: Card): string[] =>
    ids.map((id) => list(card).find((x) => x.id === id)?.name ?? id);
export const roleNamesIn = namesIn((c) => c.roles);
export const regionNamesIn = namesIn((c) => c.regions);

const namesOf =
  (names: (ids: readonly string[], card: Card) => string[]): Format =>
  (value, card) =>
    Array.isArray(value) ? same(names(value.map(String), card).join(', ')) : plainValue(value);

export const formatAudience = labelOf<Audience>(AUDIENCE_LABELS);
export const formatWayIn = labelOf<WayIn>(WAY_IN_LABELS);
export const formatRoles = namesOf(roleNamesIn);
export const WAY_IN_NAME: LocalizedText = { nl: 'toegangsweg', en: 'way in' };
export const NOTE_NAME: LocalizedText = { nl: 'opmerking', en: 'note' };

export const PARTNER_FIELDS: Record<string, { name: LocalizedText; format: Format }> = {
  organisation: { name: { nl: 'organisatie', en: 'organisation' }, format: plainValue },
  service: { name: { nl: 'dienst', en: 'service' }, format: textValue },
  audience: { name: { nl: 'doelgroep', en: 'audience' }, format: formatAudience },
  wayIn: { name: WAY_IN_NAME, format: formatWayIn },
  phones: {
    name: { nl: 'telefoonnummers', en: 'phone numbers' },
    format: (v) => same(formatPhones(Array.isArray(v) ? v : [])),
  },
  email: { name: { nl: 'e-mailadres', en: 'e-mail address' }, format: plainValue },
  website: { name: { nl: 'website', en: 'website' }, format: plainValue },
  ageRange: {
    name: { nl: 'leeftijd', en: 'age' },
    format: (v) => (typeof v === 'object' && v !== null ? formatAgeRange(v) : plainValue(v)),
  },
  municipalities: { name: { nl: 'gemeenten', en: 'municipalities' }, format: plainValue },
  roles: { name: { nl: 'rollen', en: 'roles' }, format: formatRoles },
  regions: { name: { nl: "regio's", en: 'regions' }, format: namesOf(regionNamesIn) },
  lastChecked: {
    name: { nl: 'datum van laatste controle', en: 'date last checked' },
    format: plainValue,
  },
  socialeKaart: {
    name: { nl: 'link naar De Sociale Kaart', en: 'Sociale Kaart link' },
    format: plainValue,
  },
  kbo: { name: { nl: 'KBO-nummer', en: 'company number' }, format: plainValue },
  note: { name: NOTE_NAME, format: textValue },
};
export const PARTNER_FIELD_ORDER = Object.keys(PARTNER_FIELDS);

/**
 * How sentences name a partner: by the role it fills when it is the only partner that
 * fills that role ("het VK"), which is how people speak of it; else by its organisation.
 */
export function partnerName(card: Card, partner: Partner): string {
  for (const roleId of partner.roles ?? []) {
    const fillers = card.directory.partners.filter((p) => (p.roles ?? []).includes(roleId));
    const role = card.roles.find((r) => r.id === roleId);
    if (fillers.length === 1 && role) return role.name;
  }
  return partner.organisation;
}
