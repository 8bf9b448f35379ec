// Differences in the sections of the directory and in their entries: added,
// removed, way in or note changed, order changed.
import { pointer } from '../pointer';
import type { LocalizedText } from '../problems';
import type { Card, Section, SectionEntry } from '../types';
import { diffList } from './list-changes';
import { named, namedListSpec } from './named-list';
import { formatAudience, formatWayIn, NOTE_NAME, WAY_IN_NAME } from './partner-fields';
import { fieldSentence, textValue } from './sentences';
import type { Change } from './types';

const SECTION: LocalizedText = { nl: 'sectie', en: 'section' };

const organisations = new WeakMap<Card['directory'], Map<string, string>>();
/** A partner's name, from an index made once per directory: an import may add thousands. */
function organisationOf(card: Card, partnerId: string): string {
  let names = organisations.get(card.directory);
  if (!names) {
    names = new Map();
    for (const p of card.directory.partners) if (!names.has(p.id)) names.set(p.id, p.organisation);
    organisations.set(card.directory, names);
  }
  return names.get(partnerId) ?? partnerId;
}

type KeyedEntry = SectionEntry & { id: string };

/** Entries are keyed by partner; a partner listed twice in a section gets "#2". */
function keyedEntries(entries: readonly SectionEntry[]): KeyedEntry[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const n = (seen.get(e.partner) ?? 0) + 1;
    seen.set(e.partner, n);
    return { ...e, id: n === 1 ? e.partner : `${e.partner}#${n}` };
  });
}

const withoutKey = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  const { id: _key, ...entry } = value as KeyedEntry;
  return entry;
};

function diffEntries(a: Card, b: Card, before: Section, after: Section, index: number): Change[] {
  const older = keyedEntries(before.entries);
  const newer = keyedEntries(after.entries);
  const where = named(SECTION, after.title);
  const in_ = (card: Card, entry: SectionEntry) => organisationOf(card, entry.partner);
  const changes = diffList(older, newer, {
    area: 'directory',
    item: 'entry',
    path: ['directory', 'sections', index, 'entries'],
    fieldOrder: ['wayIn', 'note'],
    added: (e) => ({
      nl: `${in_(b, e)} toegevoegd aan ${where.nl}`,
      en: `${in_(b, e)} added to ${where.en}`,
    }),
    removed: (e) => ({
      nl: `${in_(a, e)} verwijderd uit ${where.nl}`,
      en: `${in_(a, e)} removed from ${where.en}`,
    }),
    changed: (x, y, field) => {
      const who = { nl: `${in_(b, y)} in ${where.nl}`, en: `${in_(b, y)} in ${where.en}` };
      const format = field === 'wayIn' ? formatWayIn : textValue;
      const value = (e: SectionEntry) => {
        const v = e[field as keyof SectionEntry];
        return v === undefined ? undefined : format(v, a);
      };
      const name = field === 'wayIn' ? WAY_IN_NAME : NOTE_NAME;
      return fieldSentence(name, who, value(x), value(y));
    },
    refine: (change, entry) => ({
      ...change,
      ids: [after.id, entry.partner],
      before: change.field ? change.before : withoutKey(change.before),
      after: change.field ? change.after : withoutKey(change.after),
    }),
  });
  const olderIds = new Set(older.map((e) => e.id));
  const common = new Set(newer.filter((e) => olderIds.has(e.id)).map((e) => e.id));
  const orderA = older.map((e) => e.id).filter((k) => common.has(k));
  const orderB = newer.map((e) => e.id).filter((k) => common.has(k));
  if (orderA.join('\n') !== orderB.join('\n'))
    changes.push({
      kind: 'entries-reordered',
      area: 'directory',
      layout: false,
      ids: [after.id],
      field: 'entries',
      before: orderA,
      after: orderB,
      pointer: pointer('directory', 'sections', index, 'entries'),
      message: {
        nl: `Volgorde van de partners in ${where.nl} gewijzigd`,
        en: `Order of the partners in ${where.en} changed`,
      },
    });
  return changes;
}

export function diffSections(a: Card, b: Card): Change[] {
  const changes = diffList(
    a.directory.sections,
    b.directory.sections,
    namedListSpec<Section>({
      area: 'directory',
      item: 'section',
      path: ['directory', 'sections'],
      skip: ['entries'],
      noun: SECTION,
      nameOf: (s) => s.title,
      nameField: 'title',
      fields: {
        title: { name: { nl: 'titel', en: 'title' } },
        audience: {
          name: { nl: 'doelgroep', en: 'audience' },
          format: (v) => formatAudience(v, b),
        },
        description: { name: { nl: 'beschrijving', en: 'description' }, format: textValue },
      },
      addedDetail: (s) => {
        const n = s.entries.length;
        const word = n === 1 ? 'partner' : 'partners';
        return { nl: ` (${n} ${word})`, en: ` (${n} ${word})` };
      },
    }),
  );
  b.directory.sections.forEach((after, index) => {
    const before = a.directory.sections.find((s) => s.id === after.id);
    if (before) changes.push(...diffEntries(a, b, before, after, index));
  });
  return changes;
}
