// Repair mode's plan for a stored card the load path refuses (written by an
// older version, or damaged): what is wrong, every automatic fix with where it
// is, and the repaired card when the fixes are enough. Nothing is changed
// here: the studio shows the plan, and only the user's "Herstellen" stores it.
//
// Fixes, in rounds until the card loads or nothing more can be fixed:
// keys that JavaScript reserves dropped, control characters stripped and line
// ends made LF (in every text), migrations run, then per schema error (fixes.ts)
// texts cut, numbers clamped, empty texts dropped or named (an empty card title
// gets the last version's title), invalid optional values dropped, and per
// integrity problem dangling arrows dropped and duplicate ids renamed.
import { integrityProblems } from '../checks/integrity';
import { validate } from '../generated/validate-card';
import { hasControlCharacter, normalizeLineEnds, withoutControlCharacters } from '../limits';
import { loadCardValue, refusalOf } from '../load/load-card';
import { FORBIDDEN_KEYS, MAX_DEPTH } from '../load/parse';
import { MIGRATIONS, runMigrations } from '../migrations';
import { escapePointerToken, parsePointer } from '../pointer';
import type { LocalizedText, Problem } from '../problems';
import { CURRENT_SCHEMA_VERSION, type Card } from '../types';
import { describeWhere } from '../where';
import { integrityFix, schemaFix, valueAt, type Fix, type Json } from './fixes';

export interface RepairStep {
  where: LocalizedText;
  what: LocalizedText;
}

export interface RepairPlan {
  /** Why the load path refuses the stored value. */
  problems: Problem[];
  /** Every change the repair makes, in order. */
  steps: RepairStep[];
  /** The repaired card; null when some problems cannot be fixed automatically. */
  card: Card | null;
  /** What no automatic fix solves (empty when `card` is there). */
  remaining: Problem[];
}

const MAX_ROUNDS = 12;

/** A copy with only own keys, without reserved keys, texts cleaned; each change a step. */
function cleanCopy(value: unknown, where: string, depth: number, fixes: Fix[]): unknown {
  if (typeof value === 'string') {
    const clean = withoutControlCharacters(normalizeLineEnds(value));
    if (clean !== value)
      fixes.push({
        pointer: where,
        what: hasControlCharacter(normalizeLineEnds(value))
          ? { nl: 'onzichtbare stuurtekens verwijderd', en: 'invisible control characters removed' }
          : { nl: 'regeleinden als LF', en: 'line ends as LF' },
      });
    return clean;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value))
    return value.map((item: unknown, i) => cleanCopy(item, `${where}/${i}`, depth + 1, fixes));
  const copy: Json = {};
  for (const key of Object.keys(value)) {
    const at = `${where}/${escapePointerToken(key)}`;
    if (FORBIDDEN_KEYS.has(key)) {
      fixes.push({
        pointer: at,
        what: { nl: 'gereserveerd veld weggelaten', en: 'reserved field left out' },
      });
      continue;
    }
    copy[key] = cleanCopy((value as Json)[key], at, depth + 1, fixes);
  }
  return copy;
}

/** Pointers compared so that later list items come first: removing them keeps the others' places. */
function laterFirst(a: Fix, b: Fix): number {
  const ta = parsePointer(a.pointer);
  const tb = parsePointer(b.pointer);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    if (ta[i] === tb[i]) continue;
    const [na, nb] = [Number(ta[i]), Number(tb[i])];
    return Number.isInteger(na) && Number.isInteger(nb) ? nb - na : ta[i]! < tb[i]! ? 1 : -1;
  }
  return tb.length - ta.length;
}

/** Applies fixes (values first, then removals from the back) to `doc`, recording the steps. */
function apply(doc: Json, fixes: Fix[], steps: RepairStep[]): void {
  const seen = new Set<string>();
  const unique = fixes.filter((f) => !seen.has(f.pointer) && seen.add(f.pointer));
  const ordered = [
    ...unique.filter((f) => !f.remove),
    ...unique.filter((f) => f.remove).sort(laterFirst),
  ];
  const wheres = ordered.map((f) => describeWhere(doc, f.pointer));
  ordered.forEach((fix, i) => {
    const tokens = parsePointer(fix.pointer);
    const parent = valueAt(
      doc,
      tokens.length > 1 ? fix.pointer.slice(0, fix.pointer.lastIndexOf('/')) : '',
    );
    const key = tokens.at(-1)!;
    if (parent === null || typeof parent !== 'object') return;
    if (Array.isArray(parent)) {
      if (fix.remove) parent.splice(Number(key), 1);
      else parent[Number(key)] = fix.value;
    } else if (fix.remove) delete (parent as Json)[key];
    else
      Object.defineProperty(parent, key, {
        value: fix.value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    steps.push({ where: wheres[i]!, what: fix.what });
  });
}

/** The repair of `raw`, a stored value; `title` is the last title the card had, if known. */
export function planRepair(raw: unknown, options: { title?: string } = {}): RepairPlan {
  const loaded = loadCardValue(raw);
  if (loaded.ok) return { problems: [], steps: [], card: loaded.card, remaining: [] };
  const problems = loaded.problems;
  const cannot = (remaining = problems): RepairPlan => ({
    problems,
    steps: [],
    card: null,
    remaining,
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return cannot();
  const steps: RepairStep[] = [];
  const cleaning: Fix[] = [];
  let doc = cleanCopy(raw, '', 1, cleaning) as Json;
  for (const fix of cleaning)
    steps.push({ where: describeWhere(raw, fix.pointer), what: fix.what });

  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return cannot();
  if (version > CURRENT_SCHEMA_VERSION) return cannot();
  const migrated = runMigrations(doc, version, MIGRATIONS);
  if (!migrated.ok) return cannot();
  doc = migrated.doc;

  for (let round = 0; round < MAX_ROUNDS; round++) {
    let fixes: Fix[];
    if (!validate(doc)) {
      fixes = (validate.errors ?? []).flatMap((e) => schemaFix(doc, e, options.title) ?? []);
    } else {
      const integrity = integrityProblems(doc as unknown as Card);
      if (integrity.length === 0) break;
      const taken = new Set<string>();
      fixes = integrity.flatMap((p) => integrityFix(doc, p, taken) ?? []);
    }
    if (fixes.length === 0) break;
    apply(doc, fixes, steps);
  }
  const result = loadCardValue(doc);
  if (!result.ok)
    return { problems, steps, card: null, remaining: refusalOf(doc) ?? result.problems };
  return { problems, steps, card: result.card, remaining: [] };
}
