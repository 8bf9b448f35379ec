// Differences in the partners of the directory, field by field.
import type { LocalizedText } from '../problems';
import type { Card, Partner } from '../types';
import { diffList } from './list-changes';
import {
  formatRoles,
  PARTNER_FIELD_ORDER,
  PARTNER_FIELDS,
  partnerName,
  regionNamesIn,
  roleNamesIn,
} from './partner-fields';
import { fieldSentence, listFieldSentence, plainValue, same, unknownField } from './sentences';
import type { Change } from './types';

function partnerFieldMessage(a: Card, b: Card, field: string, before: Partner, after: Partner) {
  const who = same(partnerName(b, after));
  const spec = PARTNER_FIELDS[field];
  if (!spec)
    return fieldSentence(
      unknownField(field),
      who,
      plainValue(before[field]),
      plainValue(after[field]),
    );
  const old = before[field];
  const now = after[field];
  const names =
    field === 'roles'
      ? (ids: readonly string[], older: boolean) => roleNamesIn(ids, older ? a : b)
      : field === 'regions'
        ? (ids: readonly string[], older: boolean) => regionNamesIn(ids, older ? a : b)
        : undefined;
  const asList =
    field === 'municipalities' || names
      ? listFieldSentence(spec.name, who, old, now, names)
      : undefined;
  if (asList) return asList;
  const single =
    field === 'phones' && (before.phones?.length ?? 0) <= 1 && (after.phones?.length ?? 0) <= 1;
  const name = single ? { nl: 'telefoonnummer', en: 'phone number' } : spec.name;
  return fieldSentence(
    name,
    who,
    old === undefined ? undefined : spec.format(old, a),
    now === undefined ? undefined : spec.format(now, b),
  );
}

function partnerAddedOrRemoved(card: Card, partner: Partner, added: boolean): LocalizedText {
  const roles = formatRoles(partner.roles ?? [], card);
  const suffix =
    roles.nl === '' ? same('') : { nl: ` (rollen: ${roles.nl})`, en: ` (roles: ${roles.en})` };
  return added
    ? {
        nl: `Partner ${partner.organisation} toegevoegd${suffix.nl}`,
        en: `Partner ${partner.organisation} added${suffix.en}`,
      }
    : {
        nl: `Partner ${partner.organisation} verwijderd${suffix.nl}`,
        en: `Partner ${partner.organisation} removed${suffix.en}`,
      };
}

export function diffPartners(a: Card, b: Card): Change[] {
  return diffList(a.directory.partners, b.directory.partners, {
    area: 'directory',
    item: 'partner',
    path: ['directory', 'partners'],
    fieldOrder: PARTNER_FIELD_ORDER,
    added: (partner) => partnerAddedOrRemoved(b, partner, true),
    removed: (partner) => partnerAddedOrRemoved(a, partner, false),
    changed: (before, after, field) => partnerFieldMessage(a, b, field, before, after),
  });
}
