// The columns of the directory CSV (documented in COLUMNS.md): their headers,
// how a partner's value is written into a cell, and how a cell is read back.
// Reading checks the form of a value (a Belgian phone number, a safe link, a
// date); whether a role, region or section exists is checked by the plan,
// which knows the card.
import { AUDIENCE_LABELS, formatPhones, parsePhones, WAY_IN_LABELS } from '../directory-text';
import { isDate, isEmail } from '../load/formats';
import { isSafeLink } from '../links';
import { isValidBelgianPhone } from '../phone';
import type { LocalizedText } from '../problems';
import { searchKey } from '../roles';
import type { Card, Partner, WayIn } from '../types';

export type CsvColumnKey =
  | 'id'
  | 'organisation'
  | 'service'
  | 'audience'
  | 'wayIn'
  | 'phones'
  | 'email'
  | 'website'
  | 'ageFrom'
  | 'ageTo'
  | 'ageNote'
  | 'municipalities'
  | 'roles'
  | 'regions'
  | 'sections'
  | 'lastChecked'
  | 'socialeKaart'
  | 'kbo'
  | 'note';

export interface CsvColumn {
  key: CsvColumnKey;
  /** The header written on export (nl) and its English name; both are read. */
  header: LocalizedText;
  /** Other headers that are read as this column (compared without case or accents). */
  aliases: string[];
}

const column = (key: CsvColumnKey, nl: string, en: string, ...aliases: string[]): CsvColumn => ({
  key,
  header: { nl, en },
  aliases,
});

/** The columns in the order of the export. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  column('id', 'id', 'id', 'identificatie'),
  column('organisation', 'organisatie', 'organisation', 'organization', 'naam'),
  column('service', 'dienst', 'service', 'aanbod'),
  column('audience', 'doelgroep', 'audience'),
  column('wayIn', 'toegangsweg', 'way in'),
  column('phones', 'telefoon', 'phone', 'telefoonnummer', 'telefoonnummers', 'phones'),
  column('email', 'e-mail', 'e-mail', 'email', 'e-mailadres', 'mail'),
  column('website', 'website', 'website', 'webadres', 'url'),
  column('ageFrom', 'leeftijd van (maanden)', 'age from (months)', 'leeftijd van'),
  column('ageTo', 'leeftijd tot (maanden)', 'age to (months)', 'leeftijd tot'),
  column('ageNote', 'leeftijd toelichting', 'age note'),
  column('municipalities', 'gemeenten', 'municipalities'),
  column('roles', 'rollen', 'roles'),
  column('regions', "regio's", 'regions', 'regios'),
  column('sections', 'secties', 'sections'),
  column('lastChecked', 'laatst gecontroleerd', 'last checked'),
  column('socialeKaart', 'sociale kaart', 'sociale kaart', 'de sociale kaart'),
  column('kbo', 'KBO', 'company number', 'kbo-nummer', 'ondernemingsnummer'),
  column('note', 'opmerking', 'note', 'opmerkingen'),
];

/** The column a header names, if any. */
export function columnForHeader(header: string): CsvColumn | undefined {
  const key = searchKey(header);
  return CSV_COLUMNS.find((c) =>
    [c.header.nl, c.header.en, ...c.aliases].some((name) => searchKey(name) === key),
  );
}

/** A partner's section entries: "ouders: via contactpersoon; professionals: brede instap". */
function sectionsCell(card: Card, partnerId: string): string {
  return card.directory.sections
    .flatMap((s) => {
      const entry = s.entries.find((e) => e.partner === partnerId);
      if (!entry) return [];
      return [entry.wayIn ? `${s.id}: ${WAY_IN_LABELS[entry.wayIn].nl}` : s.id];
    })
    .join('; ');
}

const list = (items: readonly string[] | undefined): string => (items ?? []).join(', ');
const num = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** The text of a partner's cell in a column. */
export function exportCell(key: CsvColumnKey, partner: Partner, card: Card): string {
  switch (key) {
    case 'phones':
      return formatPhones(partner.phones);
    case 'ageFrom':
      return num(partner.ageRange?.fromMonths);
    case 'ageTo':
      return num(partner.ageRange?.toMonths);
    case 'ageNote':
      return partner.ageRange?.note ?? '';
    case 'wayIn':
      return partner.wayIn ? WAY_IN_LABELS[partner.wayIn].nl : '';
    case 'municipalities':
    case 'roles':
    case 'regions':
      return list(partner[key]);
    case 'sections':
      return sectionsCell(card, partner.id);
    default:
      return partner[key] ?? '';
  }
}

/** A section as a row names it, with the way in that applies there. */
export interface SectionRef {
  section: string;
  wayIn?: WayIn;
}

/**
 * What the cells of a row hold once read; an empty cell is absent. Roles, regions and
 * sections are as written (ids or names): the plan resolves them against the card.
 */
export type RowValues = Partial<
  Pick<Partner, Exclude<CsvColumnKey, 'ageFrom' | 'ageTo' | 'ageNote' | 'sections'>>
> & { ageFrom?: number; ageTo?: number; ageNote?: string; sections?: SectionRef[] };

/** Why a cell cannot be read: a problem code and what to show. */
export interface CellProblem {
  code: CellProblemCode;
  value: string;
}
export type CellProblemCode =
  | 'phone-invalid'
  | 'link-invalid'
  | 'email-invalid'
  | 'date-invalid'
  | 'number-invalid'
  | 'audience-invalid'
  | 'way-in-invalid'
  | 'kbo-invalid'
  | 'id-invalid';

export type CellResult = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const bad = (code: CellProblemCode, value: string): CellResult => ({
  ok: false,
  problem: { code, value },
});

function byLabel<K extends string>(labels: Record<K, LocalizedText>, text: string): K | undefined {
  const key = searchKey(text);
  return (Object.keys(labels) as K[]).find(
    (k) =>
      searchKey(k) === key || searchKey(labels[k].nl) === key || searchKey(labels[k].en) === key,
  );
}

/** 28/11/2026, 28-11-2026, 28.11.26, 2026-11-28 (also with a time after it) -> 2026-11-28. */
function parseDate(text: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$/.exec(text);
  if (iso) return isDate(iso[1]!) ? iso[1] : undefined;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (!dmy) return undefined;
  const year = dmy[3]!.length === 2 ? `20${dmy[3]}` : dmy[3]!;
  const date = `${year}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return isDate(date) ? date : undefined;
}

/** 0123.456.789, also when a spreadsheet dropped the dots or the leading zero. */
function parseKbo(text: string): string | undefined {
  const digits = text.replace(/[\s.]/g, '');
  if (!/^\d{9,10}$/.test(digits)) return undefined;
  const ten = digits.padStart(10, '0');
  if (!/^[01]/.test(ten)) return undefined;
  return `${ten.slice(0, 4)}.${ten.slice(4, 7)}.${ten.slice(7)}`;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
const LINK =
  /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+[^\s]*|[Mm][Aa][Ii][Ll][Tt][Oo]:[^\s]+|[Tt][Ee][Ll]:[+0-9][0-9./()-]*)$/;
const splitList = (text: string): string[] =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Reads a trimmed, non-empty cell of a column. */
export function parseCell(key: CsvColumnKey, text: string): CellResult {
  switch (key) {
    case 'id':
      return ID.test(text) ? ok(text) : bad('id-invalid', text);
    case 'audience': {
      const audience = byLabel(AUDIENCE_LABELS, text);
      return audience ? ok(audience) : bad('audience-invalid', text);
    }
    case 'wayIn': {
      const wayIn = byLabel(WAY_IN_LABELS, text);
      return wayIn ? ok(wayIn) : bad('way-in-invalid', text);
    }
    case 'phones': {
      const phones = parsePhones(text);
      const wrong = phones.find((p) => !isValidBelgianPhone(p.number));
      return wrong ? bad('phone-invalid', wrong.number) : ok(phones);
    }
    case 'email':
      return isEmail(text) ? ok(text) : bad('email-invalid', text);
    case 'website':
    case 'socialeKaart':
      return LINK.test(text) && isSafeLink(text) ? ok(text) : bad('link-invalid', text);
    case 'ageFrom':
    case 'ageTo': {
      const m = /^(-?\d+)(?:[.,]0+)?$/.exec(text.replace('\u2212', '-'));
      const n = m ? Number(m[1]) : NaN;
      return Number.isInteger(n) && n >= -9 && n <= 1200 ? ok(n) : bad('number-invalid', text);
    }
    case 'lastChecked': {
      const date = parseDate(text);
      return date ? ok(date) : bad('date-invalid', text);
    }
    case 'kbo': {
      const kbo = parseKbo(text);
      return kbo ? ok(kbo) : bad('kbo-invalid', text);
    }
    case 'municipalities':
    case 'roles':
    case 'regions':
      return ok(splitList(text));
    case 'sections':
      return parseSections(text);
    default:
      return ok(text);
  }
}

/** "ouders: via contactpersoon; professionals" -> section refs with their way in. */
function parseSections(text: string): CellResult {
  const refs: SectionRef[] = [];
  for (const part of text.split(';')) {
    const [name = '', way] = part.split(':').map((s) => s.trim());
    if (name === '') continue;
    if (way === undefined || way === '') {
      refs.push({ section: name });
      continue;
    }
    const wayIn = byLabel(WAY_IN_LABELS, way);
    if (!wayIn) return bad('way-in-invalid', way);
    refs.push({ section: name, wayIn });
  }
  return ok(refs);
}
