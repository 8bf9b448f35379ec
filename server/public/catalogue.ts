// The catalogue: every card published on this server, at its latest release,
// searchable by municipality ("Welke kaart geldt voor Ronse?"). Read from the
// columns publishing copied out of each release, so no card content is parsed.
import { searchKey } from '../../schema/roles';
import type { Queryable } from '../db/database';
import { cardPath } from './address';

export interface CatalogueRegion {
  id: string;
  name: string;
  municipalities: string[];
}

export interface CatalogueEntry {
  workspace: { slug: string; name: string };
  address: string;
  title: string;
  subtitle: string;
  regions: CatalogueRegion[];
  version: string;
  publishedAt: string;
  hash: string;
  /** /k/WORKSPACE/CARD/ on this server. */
  path: string;
}

export interface CatalogueMatch extends CatalogueEntry {
  /** The municipalities the search named (exact or beginning), as the card spells them. */
  matched: string[];
}

interface Row {
  slug: string;
  workspace_name: string;
  address: string;
  title: string;
  subtitle: string;
  regions: unknown;
  version: string;
  published_at: Date;
  hash: string;
}

function regionsOf(value: unknown): CatalogueRegion[] {
  if (!Array.isArray(value)) return [];
  return value.map((r: { id?: unknown; name?: unknown; municipalities?: unknown }) => ({
    id: String(r.id ?? ''),
    name: String(r.name ?? ''),
    municipalities: Array.isArray(r.municipalities) ? r.municipalities.map(String) : [],
  }));
}

const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

export async function catalogue(db: Queryable): Promise<CatalogueEntry[]> {
  const rows = await db.query<Row>(
    `SELECT DISTINCT ON (r.workspace_id, r.address) w.slug, w.name AS workspace_name, r.address,
       r.title, r.subtitle, r.regions, r.version, r.published_at, r.hash
     FROM releases r JOIN workspaces w ON w.id = r.workspace_id
     ORDER BY r.workspace_id, r.address, r.published_at DESC, r.id`,
  );
  return rows
    .map((row) => ({
      workspace: { slug: row.slug, name: row.workspace_name },
      address: row.address,
      title: row.title,
      subtitle: row.subtitle,
      regions: regionsOf(row.regions),
      version: row.version,
      publishedAt: row.published_at.toISOString(),
      hash: row.hash,
      path: cardPath(row.slug, row.address),
    }))
    .sort(
      (a, b) =>
        collator.compare(a.regions[0]?.name ?? a.subtitle, b.regions[0]?.name ?? b.subtitle) ||
        collator.compare(a.title, b.title),
    );
}

/**
 * The cards for a municipality, best first: those that list it (exactly, then
 * as the beginning of a name: "Sint" finds "Sint-Lievens-Houtem"), then those
 * whose title, region or workspace mentions the words. Accents, case and
 * punctuation do not matter. An empty query matches every card.
 */
export function searchCatalogue(
  entries: readonly CatalogueEntry[],
  query: string,
): CatalogueMatch[] {
  const key = searchKey(query);
  if (key === '') return entries.map((e) => ({ ...e, matched: [] }));
  const scored = entries.map((entry) => {
    const names = entry.regions.flatMap((r) => r.municipalities);
    const exact = names.filter((n) => searchKey(n) === key);
    const prefix = names.filter((n) => searchKey(n).startsWith(key));
    const text = searchKey(
      [entry.title, entry.subtitle, entry.workspace.name, ...entry.regions.map((r) => r.name)].join(
        ' ',
      ),
    );
    const score = exact.length
      ? 3
      : prefix.length
        ? 2
        : key.split(' ').every((w) => text.includes(w))
          ? 1
          : 0;
    return { entry: { ...entry, matched: exact.length ? exact : prefix }, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.entry);
}
