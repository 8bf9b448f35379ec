// Search and filters of the directory editor: which partners to show. Text is
// matched the forgiving way the viewer matches it (searchKey: no case, no
// accents, no punctuation), on name, service, municipalities and role names.
import { isStale } from '../../schema/checks/directory';
import { searchKey } from '../../schema/roles';
import type { Audience, Card, Partner } from '../../schema/types';

export interface DirectoryFilter {
  query: string;
  /** '' for every audience; a partner for 'beide' serves both. */
  audience: Audience | '';
  staleOnly: boolean;
}

export const NO_FILTER: DirectoryFilter = { query: '', audience: '', staleOnly: false };

export const isFiltering = (filter: DirectoryFilter): boolean =>
  searchKey(filter.query) !== '' || filter.audience !== '' || filter.staleOnly;

function searchText(card: Card, partner: Partner): string {
  const roleNames = (partner.roles ?? []).map(
    (id) => card.roles.find((r) => r.id === id)?.name ?? id,
  );
  const fields = [partner.organisation, partner.service ?? '', ...(partner.municipalities ?? [])];
  return searchKey([...fields, ...roleNames].join(' '));
}

/** The ids of the partners the filter lets through. */
export function matchingPartners(card: Card, filter: DirectoryFilter, now: Date): Set<string> {
  const words = searchKey(filter.query).split(' ').filter(Boolean);
  const shown = new Set<string>();
  for (const partner of card.directory.partners) {
    if (filter.staleOnly && !isStale(partner.lastChecked, now)) continue;
    if (
      filter.audience !== '' &&
      partner.audience !== filter.audience &&
      partner.audience !== 'beide'
    )
      continue;
    const text = searchText(card, partner);
    if (words.every((w) => text.includes(w))) shown.add(partner.id);
  }
  return shown;
}

/** Partners that no section lists: still in the directory, shown apart so they can be found. */
export function unlistedPartners(card: Card): Partner[] {
  const listed = new Set(card.directory.sections.flatMap((s) => s.entries.map((e) => e.partner)));
  return card.directory.partners.filter((p) => !listed.has(p.id));
}
