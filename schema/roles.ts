// Role resolution: the flow names roles ("het VK"); each region binds them to
// its own partners. Everything that shows "who to call" goes through here.
import type { Card, FlowNode, Partner, Region } from './types';

/** Partners that fill a role, in the given region (all regions when omitted), in directory order. */
export function partnersForRole(
  card: Pick<Card, 'directory'>,
  roleId: string,
  regionId?: string,
): Partner[] {
  return card.directory.partners.filter(
    (p) => (p.roles ?? []).includes(roleId) && servesRegion(p, regionId),
  );
}

/**
 * Role id -> the ids of the regions where some partner fills it: one pass over
 * the directory, where asking partnersForRole per role and region is one per pair.
 */
export function regionsFilled(card: Pick<Card, 'directory' | 'regions'>): Map<string, Set<string>> {
  const filled = new Map<string, Set<string>>();
  for (const partner of card.directory.partners)
    for (const roleId of partner.roles ?? []) {
      const regions = filled.get(roleId) ?? new Set<string>();
      filled.set(roleId, regions);
      for (const region of card.regions)
        if (servesRegion(partner, region.id)) regions.add(region.id);
    }
  return filled;
}

export function servesRegion(partner: Partner, regionId: string | undefined): boolean {
  if (regionId === undefined || !partner.regions || partner.regions.length === 0) return true;
  return partner.regions.includes(regionId);
}

/** Role id -> the nodes of the flow that name it. */
export function rolesUsedInFlow(card: Pick<Card, 'flow'>): Map<string, FlowNode[]> {
  const used = new Map<string, FlowNode[]>();
  for (const node of card.flow.nodes) {
    for (const roleId of node.roles ?? []) {
      const nodes = used.get(roleId);
      if (nodes) nodes.push(node);
      else used.set(roleId, [node]);
    }
  }
  return used;
}

/** Lower case without accents or punctuation, for forgiving search ("Sint-Lievens" ~ "sint lievens"). */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The regions that list a municipality, best match first (exact, then prefix). */
export function regionsForMunicipality(card: Card, query: string): Region[] {
  const key = searchKey(query);
  if (key === '') return [];
  const exact: Region[] = [];
  const prefix: Region[] = [];
  for (const region of card.regions) {
    const names = (region.municipalities ?? []).map(searchKey);
    if (names.includes(key)) exact.push(region);
    else if (names.some((n) => n.startsWith(key))) prefix.push(region);
  }
  return [...exact, ...prefix];
}
