// The partner fields as sentences name and show them: "telefoonnummers",
// "055 31 38 62 (Oudenaarde)", role ids as role names. Shared by the partner
// and section diffs.
import { AUDIENCE_LABELS, formatAgeRange, formatPhones, WAY_IN_LABELS } from '../directory-text';
import type { LocalizedText } from '../problems';
import type { Audience, Card, Partner, WayIn } from '../types';
import { PARTNER_FIELD_NAMES as NAMES, type PartnerFieldName } from './partner-field-names';
import { plainValue, same, textValue } from './sentences';

export { NOTE_NAME, WAY_IN_NAME } from './partner-field-names';

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

const FORMATS: Record<PartnerFieldName, Format> = {
  organisation: plainValue,
  service: textValue,
  audience: formatAudience,
  wayIn: formatWayIn,
  phones: (v) => same(formatPhones(Array.isArray(v) ? v : [])),
  email: plainValue,
  website: plainValue,
  ageRange: (v) => (typeof v === 'object' && v !== null ? formatAgeRange(v) : plainValue(v)),
  municipalities: plainValue,
  roles: formatRoles,
  regions: namesOf(regionNamesIn),
  lastChecked: plainValue,
  socialeKaart: plainValue,
  kbo: plainValue,
  note: textValue,
};

/** Each partner field's name (partner-field-names.ts) and how its value reads. */
export const PARTNER_FIELDS: Record<string, { name: LocalizedText; format: Format }> =
  Object.fromEntries(
    (Object.keys(NAMES) as PartnerFieldName[]).map((key) => [
      key,
      { name: NAMES[key], format: FORMATS[key] },
    ]),
  );
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
