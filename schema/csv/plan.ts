// Planning a directory import: which rows add a partner, which change one
// (field by field) and which partners the file no longer has. Rows are matched
// to partners by id, or by organisation name when the id cell is empty. In
// 'replace' mode the file is the whole directory: a partner not in it is
// removed. In 'merge' mode ("alleen toevoegen en bijwerken") the file only
// adds and updates: partners not in it stay, so a region that fills its
// directory in steps keeps the partners it typed by hand. A column that is
// not in the file leaves that field as it is.
//
// Nothing is applied here. A plan with an error is not applicable: the studio
// shows the problems and leaves the directory as it is.
import { diffPartners } from '../diff/partners';
import { diffSections } from '../diff/sections';
import type { Change } from '../diff/types';
import { jsonEqual } from '../json-equal';
import { directoryProblems } from '../checks/directory';
import { refusalOf } from '../load/load-card';
import { uniqueIdFromName } from '../ids';
import { parsePointer } from '../pointer';
import type { Lang, Problem } from '../problems';
import { searchKey } from '../roles';
import type { AgeRange, Card, Partner } from '../types';
import { describeWhere } from '../where';
import {
  placementsOf,
  withPlannedEdits,
  type FieldChange,
  type ImportField,
  type PartnerAddition,
  type PartnerUpdate,
  type SectionPlacement,
} from './apply';
import type { CsvColumnKey, RowValues } from './columns';
import { importProblem, type ImportProblem, type ImportProblemCode } from './messages';
import type { ParsedDirectory, ParsedRow } from './parse';

/** What the file is to the directory: all of it, or partners to add and update. */
export type ImportMode = 'replace' | 'merge';

export interface DirectoryImportPlan {
  mode: ImportMode;
  added: PartnerAddition[];
  changed: PartnerUpdate[];
  removed: Partner[];
  /** Partners the file does not name that stay as they are ('merge' mode). */
  kept: Partner[];
  /** The file's problems and the plan's; any error makes the plan not applicable. */
  problems: ImportProblem[];
  applicable: boolean;
  /** What applying does, as sentences (the directory part of diffCards). */
  changes: Change[];
}

/** The fields an import sets, with the columns each comes from. */
const FIELD_COLUMNS: [ImportField, CsvColumnKey[]][] = [
  ['organisation', ['organisation']],
  ['service', ['service']],
  ['audience', ['audience']],
  ['wayIn', ['wayIn']],
  ['phones', ['phones']],
  ['email', ['email']],
  ['website', ['website']],
  ['ageRange', ['ageFrom', 'ageTo', 'ageNote']],
  ['municipalities', ['municipalities']],
  ['roles', ['roles']],
  ['regions', ['regions']],
  ['lastChecked', ['lastChecked']],
  ['socialeKaart', ['socialeKaart']],
  ['kbo', ['kbo']],
  ['note', ['note']],
  ['sections', ['sections']],
];

/** The form values are compared in: trimmed, line ends as LF, empty as undefined. */
function normalize(value: unknown): unknown {
  if (typeof value === 'string') {
    const text = value.replace(/\r\n?/g, '\n').trim();
    return text === '' ? undefined : text;
  }
  if (Array.isArray(value)) {
    const items = value.map(normalize).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, normalize(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

interface RowContext {
  card: Card;
  columns: ReadonlySet<CsvColumnKey>;
  row: ParsedRow;
  problems: ImportProblem[];
}

type Named = { id: string; name?: string; title?: string };

/** An item named by its id, or by its name or title without regard to case or accents. */
function findByName<T extends Named>(list: readonly T[], name: string): T | undefined {
  const key = searchKey(name);
  return (
    list.find((x) => x.id === name) ??
    list.find((x) => searchKey(x.id) === key || searchKey(x.name ?? x.title ?? '') === key)
  );
}

/** Role or region names as written -> their ids; unknown names are problems. */
function resolveIds(
  ctx: RowContext,
  names: readonly string[],
  list: readonly Named[],
  code: ImportProblemCode,
  column: CsvColumnKey,
): string[] {
  const ids: string[] = [];
  for (const name of names) {
    const found = findByName(list, name);
    if (!found) ctx.problems.push(importProblem(code, ctx.row, name, column));
    else if (!ids.includes(found.id)) ids.push(found.id);
  }
  return ids;
}

/** The sections a row lists the partner in, in the card's section order. */
function resolveSections(ctx: RowContext): SectionPlacement[] {
  const sections = ctx.card.directory.sections;
  const placements: SectionPlacement[] = [];
  for (const ref of ctx.row.values.sections ?? []) {
    const section = findByName(sections, ref.section);
    if (!section)
      ctx.problems.push(importProblem('unknown-section', ctx.row, ref.section, 'sections'));
    else if (!placements.some((p) => p.section === section.id))
      placements.push(
        ref.wayIn ? { section: section.id, wayIn: ref.wayIn } : { section: section.id },
      );
  }
  const order = (p: SectionPlacement) => sections.findIndex((s) => s.id === p.section);
  return placements.sort((a, b) => order(a) - order(b));
}

/** The value a row gives a field, in normalized form; the age columns add to the current range. */
function rowValue(ctx: RowContext, field: ImportField, current: Partner | undefined): unknown {
  const v: RowValues = ctx.row.values;
  switch (field) {
    case 'ageRange': {
      const age: AgeRange = { ...current?.ageRange };
      if (ctx.columns.has('ageFrom')) age.fromMonths = v.ageFrom;
      if (ctx.columns.has('ageTo')) age.toMonths = v.ageTo;
      if (ctx.columns.has('ageNote')) age.note = v.ageNote;
      return normalize(age);
    }
    case 'roles':
      return normalize(resolveIds(ctx, v.roles ?? [], ctx.card.roles, 'unknown-role', 'roles'));
    case 'regions':
      return normalize(
        resolveIds(ctx, v.regions ?? [], ctx.card.regions, 'unknown-region', 'regions'),
      );
    case 'sections':
      return resolveSections(ctx);
    default:
      return normalize(v[field]);
  }
}

/** The fields the file sets: those whose columns it has. */
function fieldsIn(columns: ReadonlySet<CsvColumnKey>): ImportField[] {
  return FIELD_COLUMNS.filter(([, cols]) => cols.some((c) => columns.has(c))).map(([f]) => f);
}

function currentValue(card: Card, partner: Partner, field: ImportField): unknown {
  return field === 'sections' ? placementsOf(card, partner.id) : normalize(partner[field]);
}

/** Which partner each row is: by id, else by organisation; undefined for a new partner. */
function matchRows(card: Card, rows: readonly ParsedRow[], problems: ImportProblem[]) {
  const partners = card.directory.partners;
  // Indexed once: a file of thousands of rows against thousands of partners.
  const byId = new Map<string, Partner>();
  for (const p of partners) if (!byId.has(p.id)) byId.set(p.id, p);
  const byName = new Map<string, Partner[]>();
  for (const p of partners) {
    const key = searchKey(p.organisation);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const matched = new Map<ParsedRow, Partner | undefined>();
  const taken = new Set<string>();
  for (const row of rows) {
    const id = row.values.id;
    if (id === undefined) continue;
    const partner = byId.get(id);
    matched.set(row, partner);
    taken.add(id);
  }
  for (const row of rows) {
    if (row.values.id !== undefined || row.values.organisation === undefined) continue;
    const name = row.values.organisation;
    const same = byName.get(searchKey(name)) ?? [];
    const free = same.filter((p) => !taken.has(p.id));
    if (free.length > 1) problems.push(importProblem('ambiguous-organisation', row, name, 'id'));
    else if (free.length === 0 && same.length > 0)
      problems.push(importProblem('duplicate-partner', row, name, 'organisation'));
    const partner = free.length === 1 ? free[0] : undefined;
    if (partner) taken.add(partner.id);
    matched.set(row, partner);
  }
  return { matched, taken };
}

function newPartner(id: string, values: Map<ImportField, unknown>): Partner {
  const partner: Record<string, unknown> = { id };
  for (const [field, value] of values)
    if (field !== 'sections' && value !== undefined) partner[field] = value;
  return partner as unknown as Partner;
}

/** A card problem as an import problem: on the row it comes from, or about the file as a whole. */
function asImportProblem(result: Card, p: Problem, row: ParsedRow | undefined): ImportProblem {
  const at = row ?? { line: 0, row: 0 };
  const where = row ? { nl: '', en: '' } : describeWhere(result, p.pointer);
  const text = (lang: Lang) => (row ? p.message[lang] : `${where[lang]}: ${p.message[lang]}`);
  const nl = importProblem('invalid-value', at, text('nl')).message.nl;
  const en = importProblem('invalid-value', at, text('en')).message.en;
  return { ...importProblem('invalid-value', at), message: { nl, en } };
}

/**
 * What stops the plan in the card it would give: everything the load path would
 * refuse (the same refusalOf as the document store, so every schema limit counts:
 * a text too long, 5,001 partners), and the errors of the rows it adds or changes,
 * so an applicable plan always gives a card without new errors.
 */
function resultProblems(result: Card, rows: Map<string, ParsedRow>): ImportProblem[] {
  const rowOf = (p: Problem): ParsedRow | undefined => {
    const [area, list, index] = parsePointer(p.pointer);
    if (area !== 'directory' || list !== 'partners' || index === undefined) return undefined;
    const partner = result.directory.partners[Number(index)];
    return partner && rows.get(partner.id);
  };
  const refusal = refusalOf(result);
  if (refusal) return refusal.map((p) => asImportProblem(result, p, rowOf(p)));
  // Past the refusal, only the directory's checks can point at a partner's row:
  // the flow's checks (a 1,000-node card) would be run only to be dropped.
  return directoryProblems(result).flatMap((p) => {
    const row = p.severity === 'error' ? rowOf(p) : undefined;
    return row ? [asImportProblem(result, p, row)] : [];
  });
}

/** What importing the parsed file into the card would do. The card is not changed. */
export function planDirectoryImport(
  card: Card,
  parsed: ParsedDirectory,
  mode: ImportMode = 'replace',
): DirectoryImportPlan {
  const problems = [...parsed.problems];
  const columns = new Set(parsed.columns);
  const fields = fieldsIn(columns);
  const { matched, taken } = matchRows(card, parsed.rows, problems);
  const used = new Set([...card.directory.partners.map((p) => p.id), ...taken]);
  const added: PartnerAddition[] = [];
  const changed: PartnerUpdate[] = [];
  const rowOf = new Map<string, ParsedRow>();

  for (const row of parsed.rows) {
    const partner = matched.get(row);
    const ctx: RowContext = { card, columns, row, problems };
    const values = new Map(fields.map((f) => [f, rowValue(ctx, f, partner)] as const));
    const at = { line: row.line, row: row.row };
    if (!partner) {
      const id = row.values.id ?? uniqueIdFromName(row.values.organisation ?? '', used, 'partner');
      rowOf.set(id, row);
      const sections = (values.get('sections') as SectionPlacement[] | undefined) ?? [];
      added.push({ ...at, partnerId: id, partner: newPartner(id, values), sections });
      continue;
    }
    rowOf.set(partner.id, row);
    const diffs: FieldChange[] = [];
    for (const [field, after] of values) {
      const before = currentValue(card, partner, field);
      if (!jsonEqual(before, after)) diffs.push({ field, before, after });
    }
    if (diffs.length > 0) changed.push({ ...at, partnerId: partner.id, fields: diffs });
  }
  const named = new Set(rowOf.keys());
  const unnamed = card.directory.partners.filter((p) => !named.has(p.id));
  const removed = mode === 'replace' ? unnamed : [];

  const edits = { added, changed, removed };
  const result = withPlannedEdits(card, edits);
  if (!problems.some((p) => p.severity === 'error'))
    problems.push(...resultProblems(result, rowOf));
  const applicable = !problems.some((p) => p.severity === 'error');
  // The directory's part of diffCards, without comparing the flow.
  const changes = applicable ? [...diffPartners(card, result), ...diffSections(card, result)] : [];
  return { mode, ...edits, kept: mode === 'merge' ? unnamed : [], problems, applicable, changes };
}
