// Applying an import plan to a card: a new card whose directory has the
// partners added, changed and removed as planned, and their places in the
// sections. The card given is not changed.
import type { Card, Partner, Section, SectionEntry, WayIn } from '../types';
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
 * the order given. A section, or entry, that does not change stays the same
 * object (copy on write).
 */
function place(
  sections: Section[],
  placed: ReadonlyMap<string, readonly SectionPlacement[]>,
): Section[] {
  if (placed.size === 0) return sections;
  // Per section, the partners to place there: one pass over the plan, not one per section.
  const wantedIn = new Map<string, Map<string, SectionPlacement>>();
  for (const [partner, wanted] of placed)
    for (const placement of wanted) {
      const here = wantedIn.get(placement.section) ?? new Map<string, SectionPlacement>();
      wantedIn.set(placement.section, here);
      if (!here.has(partner)) here.set(partner, placement);
    }
  const next = sections.map((section) => {
    const here = wantedIn.get(section.id);
    const present = new Set<string>();
    let changed = false;
    const entries: SectionEntry[] = [];
    for (const entry of section.entries) {
      if (!placed.has(entry.partner)) {
        entries.push(entry);
        continue;
      }
      const placement = here?.get(entry.partner);
      if (!placement) {
        changed = true;
        continue;
      }
      // A partner listed twice keeps both entries; the first takes the way in.
      if (present.has(entry.partner)) {
        entries.push(entry);
        continue;
      }
      present.add(entry.partner);
      if (entry.wayIn === placement.wayIn) entries.push(entry);
      else {
        changed = true;
        const { wayIn: _old, ...rest } = entry;
        entries.push(placement.wayIn ? { ...rest, wayIn: placement.wayIn } : rest);
      }
    }
    for (const [partner, placement] of here ?? []) {
      if (present.has(partner)) continue;
      changed = true;
      entries.push(placement.wayIn ? { partner, wayIn: placement.wayIn } : { partner });
    }
    return changed ? { ...section, entries } : section;
  });
  return next.every((section, i) => section === sections[i]) ? sections : next;
}

export interface PlannedEdits {
  added: readonly PartnerAddition[];
  changed: readonly PartnerUpdate[];
  removed: readonly Partner[];
}

/**
 * The card with the planned edits made to its directory, whether or not the plan
 * is applicable. Copy on write: a partner, section or entry the plan leaves alone
 * is the same object in the result, so the studio's change check, its rows and its
 * save see only what the file changed.
 */
export function withPlannedEdits(card: Card, plan: PlannedEdits): Card {
  const removed = new Set(plan.removed.map((p) => p.id));
  const updates = new Map(plan.changed.map((u) => [u.partnerId, u.fields]));
  const placed = new Map<string, readonly SectionPlacement[]>();
  const partners: Partner[] = [];
  for (const partner of card.directory.partners) {
    if (removed.has(partner.id)) continue;
    const fields = updates.get(partner.id);
    partners.push(fields ? updated(partner, fields, placed) : partner);
  }
  // A new partner is the plan's own object, not a copy: plans and cards are not
  // changed once made (the studio freezes what it keeps).
  for (const addition of plan.added) {
    partners.push(addition.partner);
    placed.set(addition.partnerId, addition.sections);
  }
  const kept =
    removed.size === 0
      ? card.directory.sections
      : card.directory.sections.map((section) =>
          section.entries.some((e) => removed.has(e.partner))
            ? { ...section, entries: section.entries.filter((e) => !removed.has(e.partner)) }
            : section,
        );
  return { ...card, directory: { ...card.directory, partners, sections: place(kept, placed) } };
}

/** A copy of `partner` with the file's fields; its wanted sections go to `placed`. */
function updated(
  partner: Partner,
  fields: readonly FieldChange[],
  placed: Map<string, readonly SectionPlacement[]>,
): Partner {
  const copy: Record<string, unknown> = { ...partner };
  for (const { field, after } of fields) {
    if (field === 'sections') placed.set(partner.id, after as SectionPlacement[]);
    else if (after === undefined) delete copy[field];
    else copy[field] = structuredClone(after);
  }
  return copy as unknown as Partner;
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
