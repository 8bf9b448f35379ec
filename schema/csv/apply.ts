// Applying an import plan to a card: a new card whose directory has the
// partners added, changed and removed as planned, and their places in the
// sections. The card given is not changed.
import type { Card, Partner, WayIn } from '../types';
import type { CsvColumnKey } from './columns';
import type { DirectoryImportPlan } from './plan';

/**
 * The partner fields an import sets: one per column, but the three age columns set
 * `ageRange` together, and `sections` is where the partner is listed (its entries in
 * the sections, with their way in).
 */
export type ImportField =
  Exclude<CsvColumnKey, 'id' | 'ageFrom' | 'ageTo' | 'ageNote'> | 'ageRange';

/** A partner's place in a section. */
export interface SectionPlacement {
  section: string;
  wayIn?: WayIn;
}

export interface FieldChange {
  field: ImportField;
  /** undefined: the field was empty. */
  before: unknown;
  /** undefined: the field becomes empty. */
  after: unknown;
}

export interface PlannedRow {
  /** Line and spreadsheet row of the CSV row this comes from. */
  line: number;
  row: number;
  partnerId: string;
}

export interface PartnerAddition extends PlannedRow {
  partner: Partner;
  sections: SectionPlacement[];
}

export interface PartnerUpdate extends PlannedRow {
  fields: FieldChange[];
}

const placementIndexes = new WeakMap<Card['directory'], Map<string, SectionPlacement[]>>();

/**
 * The partner's entries in the sections, first entry per section, in section
 * order. Indexed once per directory: a file of thousands of rows asks for
 * every partner.
 */
export function placementsOf(card: Card, partnerId: string): SectionPlacement[] {
  let index = placementIndexes.get(card.directory);
  if (!index) {
    index = new Map();
    for (const s of card.directory.sections) {
      const seen = new Set<string>();
      for (const entry of s.entries) {
        if (seen.has(entry.partner)) continue;
        seen.add(entry.partner);
        const placements = index.get(entry.partner) ?? [];
        placements.push(entry.wayIn ? { section: s.id, wayIn: entry.wayIn } : { section: s.id });
        index.set(entry.partner, placements);
      }
    }
    placementIndexes.set(card.directory, index);
  }
  return [...(index.get(partnerId) ?? [])];
}

/**
 * Lists each partner in exactly its sections, in one pass per section: an entry
 * that stays keeps its note and place (its way in as planned), the entries of a
 * section no longer wanted go, and a new one is added at the end, partners in
 * the order given.
 */
function place(
  directory: Card['directory'],
  placed: ReadonlyMap<string, readonly SectionPlacement[]>,
): void {
  for (const section of directory.sections) {
    const present = new Set<string>();
    const entries = section.entries.filter((entry) => {
      const wanted = placed.get(entry.partner);
      if (!wanted) return true;
      const placement = wanted.find((p) => p.section === section.id);
      if (!placement) return false;
      // A partner listed twice keeps both entries; the first takes the way in.
      if (present.has(entry.partner)) return true;
      present.add(entry.partner);
      if (placement.wayIn) entry.wayIn = placement.wayIn;
      else delete entry.wayIn;
      return true;
    });
    for (const [partner, wanted] of placed) {
      const placement = wanted.find((p) => p.section === section.id);
      if (!placement || present.has(partner)) continue;
      entries.push(placement.wayIn ? { partner, wayIn: placement.wayIn } : { partner });
    }
    section.entries = entries;
  }
}

export interface PlannedEdits {
  added: readonly PartnerAddition[];
  changed: readonly PartnerUpdate[];
  removed: readonly Partner[];
}

/** The card with the planned edits made to its directory, whether or not the plan is applicable. */
export function withPlannedEdits(card: Card, plan: PlannedEdits): Card {
  // Only the directory changes: the rest of the card is shared, not copied.
  const directory = structuredClone(card.directory);
  const removed = new Set(plan.removed.map((p) => p.id));
  directory.partners = directory.partners.filter((p) => !removed.has(p.id));
  for (const section of directory.sections)
    section.entries = section.entries.filter((e) => !removed.has(e.partner));
  const byId = new Map(directory.partners.map((p) => [p.id, p]));
  const placed = new Map<string, readonly SectionPlacement[]>();
  for (const update of plan.changed) {
    const partner = byId.get(update.partnerId);
    if (!partner) continue;
    for (const { field, after } of update.fields) {
      if (field === 'sections') placed.set(partner.id, after as SectionPlacement[]);
      else if (after === undefined) delete partner[field];
      else (partner as Record<string, unknown>)[field] = structuredClone(after);
    }
  }
  for (const addition of plan.added) {
    directory.partners.push(structuredClone(addition.partner));
    placed.set(addition.partnerId, addition.sections);
  }
  place(directory, placed);
  return { ...card, directory };
}

/**
 * The card with the plan applied to its directory. Throws when the plan is not
 * applicable (it has errors): the studio then leaves the directory as it is.
 */
export function applyDirectoryImport(
  card: Card,
  plan: PlannedEdits & Pick<DirectoryImportPlan, 'applicable'>,
): Card {
  if (!plan.applicable)
    throw new Error('This import plan has errors and cannot be applied; show plan.problems.');
  return withPlannedEdits(card, plan);
}
