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

/** The partner's entries in the sections, first entry per section, in section order. */
export function placementsOf(card: Card, partnerId: string): SectionPlacement[] {
  return card.directory.sections.flatMap((s) => {
    const entry = s.entries.find((e) => e.partner === partnerId);
    if (!entry) return [];
    return [entry.wayIn ? { section: s.id, wayIn: entry.wayIn } : { section: s.id }];
  });
}

/** Lists the partner in exactly these sections; an entry that stays keeps its note and place. */
function place(card: Card, partnerId: string, placements: readonly SectionPlacement[]): void {
  for (const section of card.directory.sections) {
    const wanted = placements.find((p) => p.section === section.id);
    const index = section.entries.findIndex((e) => e.partner === partnerId);
    if (!wanted) {
      section.entries = section.entries.filter((e) => e.partner !== partnerId);
      continue;
    }
    const entry = index >= 0 ? section.entries[index]! : { partner: partnerId };
    if (wanted.wayIn) entry.wayIn = wanted.wayIn;
    else delete entry.wayIn;
    if (index < 0) section.entries.push(entry);
  }
}

export interface PlannedEdits {
  added: readonly PartnerAddition[];
  changed: readonly PartnerUpdate[];
  removed: readonly Partner[];
}

/** The card with the planned edits made to its directory, whether or not the plan is applicable. */
export function withPlannedEdits(card: Card, plan: PlannedEdits): Card {
  const copy = structuredClone(card);
  const removed = new Set(plan.removed.map((p) => p.id));
  const directory = copy.directory;
  directory.partners = directory.partners.filter((p) => !removed.has(p.id));
  for (const section of directory.sections)
    section.entries = section.entries.filter((e) => !removed.has(e.partner));
  for (const update of plan.changed) {
    const partner = directory.partners.find((p) => p.id === update.partnerId);
    if (!partner) continue;
    for (const { field, after } of update.fields) {
      if (field === 'sections') place(copy, partner.id, after as SectionPlacement[]);
      else if (after === undefined) delete partner[field];
      else (partner as Record<string, unknown>)[field] = structuredClone(after);
    }
  }
  for (const addition of plan.added) {
    directory.partners.push(structuredClone(addition.partner));
    place(copy, addition.partnerId, addition.sections);
  }
  return copy;
}

/**
 * The card with the plan applied to its directory. Throws when the plan is not
 * applicable (it has errors): the studio then leaves the directory as it is.
 */
export function applyDirectoryImport(card: Card, plan: DirectoryImportPlan): Card {
  if (!plan.applicable)
    throw new Error('This import plan has errors and cannot be applied; show plan.problems.');
  return withPlannedEdits(card, plan);
}
