// Where a JSON pointer points, in words a user knows: "Titel van de kaart",
// "Knoop 'Bespreek je ongerustheid' (nr. 12), breedte", "Partner 'CAW Oost-
// Vlaanderen', telefoonnummers". For the studio's refused-command notice and
// for repair mode, which shows the problems of a card that does not load: the
// document is therefore read defensively, as any JSON value.
import { partnerFieldName } from './diff/partner-field-names';
import { oneLine } from './limits';
import { parsePointer } from './pointer';
import type { LocalizedText } from './problems';

type Json = Record<string, unknown>;

const asRecord = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : undefined;
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** A name for quoting: one line, at most 40 characters, no control characters. */
const quoted = (text: string): string => `'${oneLine(text)}'`;

const same = (text: string): LocalizedText => ({ nl: text, en: text });

/** Field names that are not the directory's (those come from partner-field-names.ts). */
const FIELD_NAMES: Record<string, LocalizedText> = {
  title: { nl: 'titel', en: 'title' },
  subtitle: { nl: 'ondertitel', en: 'subtitle' },
  text: { nl: 'tekst', en: 'text' },
  width: { nl: 'breedte', en: 'width' },
  items: { nl: 'opsomming', en: 'bullet points' },
  criteria: { nl: 'criteria', en: 'criteria' },
  severity: { nl: 'ernst', en: 'severity' },
  position: { nl: 'positie', en: 'position' },
  label: { nl: 'label', en: 'label' },
  source: { nl: 'vertrekpunt', en: 'start' },
  target: { nl: 'eindpunt', en: 'end' },
  kind: { nl: 'soort', en: 'kind' },
  id: { nl: 'identificatie', en: 'id' },
  name: { nl: 'naam', en: 'name' },
  description: { nl: 'beschrijving', en: 'description' },
  entries: { nl: 'vermeldingen', en: 'listings' },
  url: { nl: 'link', en: 'link' },
  note: { nl: 'opmerking', en: 'note' },
  nodes: { nl: 'knopen', en: 'nodes' },
  edges: { nl: 'pijlen', en: 'arrows' },
  partners: { nl: 'partners', en: 'partners' },
  sections: { nl: 'secties', en: 'sections' },
};

const fieldName = (key: string): LocalizedText =>
  partnerFieldName(key) ?? FIELD_NAMES[key] ?? same(key);

interface ListPlace {
  path: string[];
  what: LocalizedText;
  /** The fields that name an item, in order of preference. */
  names: string[];
}

const LISTS: ListPlace[] = [
  { path: ['flow', 'nodes'], what: { nl: 'Knoop', en: 'Node' }, names: ['title', 'text', 'id'] },
  { path: ['flow', 'edges'], what: { nl: 'Pijl', en: 'Arrow' }, names: ['label', 'id'] },
  {
    path: ['directory', 'partners'],
    what: { nl: 'Partner', en: 'Partner' },
    names: ['organisation', 'id'],
  },
  {
    path: ['directory', 'sections'],
    what: { nl: 'Sectie', en: 'Section' },
    names: ['title', 'id'],
  },
  { path: ['roles'], what: { nl: 'Rol', en: 'Role' }, names: ['name', 'id'] },
  { path: ['regions'], what: { nl: 'Regio', en: 'Region' }, names: ['name', 'id'] },
  { path: ['resources'], what: { nl: 'Bron', en: 'Resource' }, names: ['title', 'id'] },
];

const TOP: Record<string, LocalizedText> = {
  title: { nl: 'Titel van de kaart', en: 'Card title' },
  subtitle: { nl: 'Ondertitel van de kaart', en: 'Card subtitle' },
  language: { nl: 'Taal van de kaart', en: 'Card language' },
  schemaVersion: { nl: 'Schemaversie', en: 'Schema version' },
  id: { nl: 'Identificatie van de kaart', en: 'Card id' },
  source: { nl: 'Bron van de kaart', en: 'Card source' },
  origin: { nl: 'Herkomst (de basiskaart)', en: 'Origin (the base card)' },
  release: { nl: 'Publicatiegegevens', en: 'Release details' },
  flow: { nl: 'Stroomschema', en: 'Flowchart' },
  directory: { nl: 'Partnergids', en: 'Directory' },
};

const join = (a: LocalizedText, b: LocalizedText): LocalizedText => ({
  nl: `${a.nl}, ${b.nl}`,
  en: `${a.en}, ${b.en}`,
});

/** The rest of a path inside an item, as field names: "criteria 2, tekst". */
function restOf(tokens: string[]): LocalizedText | null {
  const parts = tokens.map((t) => (/^\d+$/.test(t) ? same(String(Number(t) + 1)) : fieldName(t)));
  if (parts.length === 0) return null;
  return { nl: parts.map((p) => p.nl).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** Where `pointer` points in `doc`, in words; `doc` may be any JSON value. */
export function describeWhere(doc: unknown, pointer: string): LocalizedText {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return { nl: 'De kaart als geheel', en: 'The card as a whole' };
  for (const list of LISTS) {
    if (!list.path.every((key, i) => tokens[i] === key)) continue;
    const index = tokens[list.path.length];
    if (index === undefined || !/^\d+$/.test(index)) break;
    let items: unknown = doc;
    for (const key of list.path) items = asRecord(items)?.[key];
    const item = asRecord(Array.isArray(items) ? items[Number(index)] : undefined);
    const name = list.names.map((n) => textOf(item?.[n])).find(Boolean);
    const nr = Number(index) + 1;
    const place: LocalizedText = {
      nl: `${list.what.nl}${name ? ` ${quoted(name)}` : ''} (nr. ${nr})`,
      en: `${list.what.en}${name ? ` ${quoted(name)}` : ''} (no. ${nr})`,
    };
    const rest = restOf(tokens.slice(list.path.length + 1));
    return rest ? join(place, rest) : place;
  }
  const top = TOP[tokens[0]!] ?? same(tokens[0]!);
  const rest = restOf(tokens.slice(1));
  return rest ? join(top, rest) : top;
}
