// Which directory entries to show for a search, an audience and a child's age.
// Pure, so the rules are unit-tested: accents and case do not matter
// (searchKey), an entry's audience is its section's (the same CLB is "via
// contactpersoon" for parents and "brede instap" for professionals), and an
// age matches a partner whose age range overlaps that year of life.
import { regionsForMunicipality, searchKey, servesRegion } from '../../schema/roles';
import type { AgeRange, Card, Partner, Section } from '../../schema/types';

export type AudienceFilter = '' | 'ouders' | 'professionals';

export interface DirectoryFilter {
  query: string;
  audience: AudienceFilter;
  /** '' (any age), 'zwanger' (pregnancy) or whole years as text ('0' … '18'). */
  age: string;
}

export const NO_FILTER: DirectoryFilter = { query: '', audience: '', age: '' };

/** The months an age choice spans: pregnancy is −9 to −1, "2" is months 24 to 35. */
export function ageSpan(age: string): [number, number] | null {
  if (age === 'zwanger') return [-9, -1];
  const years = Number.parseInt(age, 10);
  return Number.isFinite(years) ? [years * 12, years * 12 + 11] : null;
}

/** A partner without an age range serves every age. */
export function coversAge(range: AgeRange | undefined, span: [number, number] | null): boolean {
  if (!span) return true;
  const from = range?.fromMonths ?? -Infinity;
  const to = range?.toMonths ?? Infinity;
  return from <= span[1] && to >= span[0];
}

/** Everything a partner can be found by: names, service, places, phone locations and roles. */
function partnerSearchText(card: Card, partner: Partner): string {
  const roles = card.roles.filter((r) => partner.roles?.includes(r.id)).map((r) => r.name);
  return searchKey(
    [
      partner.organisation,
      partner.service,
      partner.note,
      ...(partner.municipalities ?? []),
      ...(partner.phones ?? []).map((p) => p.label),
      ...roles,
      ...(partner.roles ?? []),
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** Every word of the query is in the partner's text, or the query names a municipality it serves. */
export function matchesQuery(card: Card, partner: Partner, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const text = partnerSearchText(card, partner);
  if (words.every((w) => text.includes(w))) return true;
  const regions = regionsForMunicipality(card, query);
  return regions.length > 0 && !partner.municipalities?.length
    ? regions.some((r) => servesRegion(partner, r.id))
    : false;
}

export interface ShownEntry {
  partner: Partner;
  wayIn: Partner['wayIn'];
  note?: string;
}

/** A section's entries that pass the filter in a region, in the section's order. */
export function sectionEntries(
  card: Card,
  section: Section,
  filter: DirectoryFilter,
  region: string | undefined,
): ShownEntry[] {
  const span = ageSpan(filter.age);
  const byId = new Map(card.directory.partners.map((p) => [p.id, p]));
  return section.entries.flatMap((entry) => {
    const partner = byId.get(entry.partner);
    if (!partner || !servesRegion(partner, region)) return [];
    const audience = section.audience ?? partner.audience ?? 'beide';
    if (filter.audience && audience !== 'beide' && audience !== filter.audience) return [];
    if (!coversAge(partner.ageRange, span) || !matchesQuery(card, partner, filter.query)) return [];
    return [{ partner, wayIn: entry.wayIn ?? partner.wayIn, note: entry.note }];
  });
}
