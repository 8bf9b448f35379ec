// A card for another region, made from a published card: the same flow and
// roles, the directory's sections without their partners, and an `origin`
// that records the base and a copy of its flow and roles as they were taken.
// That copy is the common ancestor that makes later three-way merges possible.
import { contentHash } from '../hash';
import { idFromName } from '../ids';
import type { Card, Origin, Region } from '../types';

export interface DeriveOptions {
  /** The new card's id. */
  id: string;
  /** The region the new card is for; its id is made from the name when not given. */
  region: { id?: string; name: string; description?: string; municipalities?: string[] };
  /** Defaults to the base's title. */
  title?: string;
  /** Defaults to the region's name. */
  subtitle?: string;
  /** When the base was taken; defaults to now. */
  now?: Date;
  /** The base's stable address, when it was taken from a server: recorded as origin.url. */
  baseUrl?: string;
}

/**
 * What `origin` says about a base card: id, title, version, hash, where it is
 * published (when known), and its flow and roles.
 */
export function originFor(base: Card, hash: string, takenAt: Date, url?: string): Origin {
  return {
    cardId: base.id,
    title: base.title,
    ...(base.release?.version !== undefined ? { version: base.release.version } : {}),
    hash,
    takenAt: takenAt.toISOString(),
    ...(url !== undefined ? { url } : {}),
    base: structuredClone({ flow: base.flow, roles: base.roles }),
  };
}

/**
 * A new card for another region, from any card: new id and region, the base's flow,
 * roles and resources, its directory's sections kept (title, audience, description)
 * with no entries and no partners, and `origin` pointing at the base. No release: the
 * new card is a draft. The base is not changed.
 */
export async function deriveRegionalCard(base: Card, options: DeriveOptions): Promise<Card> {
  const { region: given } = options;
  const region: Region = {
    id: given.id ?? idFromName(given.name),
    name: given.name,
    ...(given.description !== undefined ? { description: given.description } : {}),
    municipalities: [...(given.municipalities ?? [])],
  };
  const copy = structuredClone(base);
  const optional = <K extends keyof Card>(key: K) =>
    copy[key] !== undefined ? { [key]: copy[key] } : {};
  return {
    ...optional('$schema'),
    schemaVersion: copy.schemaVersion,
    id: options.id,
    title: options.title ?? copy.title,
    subtitle: options.subtitle ?? given.name,
    ...optional('language'),
    ...optional('source'),
    regions: [region],
    flow: copy.flow,
    roles: copy.roles,
    directory: {
      ...copy.directory,
      sections: copy.directory.sections.map((s) => ({ ...s, entries: [] })),
      partners: [],
    },
    ...optional('resources'),
    origin: originFor(base, await contentHash(base), options.now ?? new Date(), options.baseUrl),
  };
}
