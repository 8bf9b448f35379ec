// Commands on the partner directory: its sections, its partners and their
// places in the sections (entries). Each is one undoable step; typing in one
// field of one partner or section becomes one step per burst.
import type { Draft } from 'immer';
import { partnerFieldName } from '../../../schema/diff/partner-field-names';
import type { LocalizedText } from '../../../schema/problems';
import type { Card, Directory, Partner, Section, SectionEntry } from '../../../schema/types';
import { defineCommand } from '../command';
import { assignFields } from './draft-helpers';

export type SectionFields = Partial<Pick<Section, 'title' | 'description' | 'audience'>>;
export type PartnerFields = Partial<Omit<Partner, 'id'>>;
export type EntryFields = Partial<Pick<SectionEntry, 'wayIn' | 'note'>>;

function sectionOf(draft: Draft<Card>, id: string): Draft<Section> | undefined {
  return draft.directory.sections.find((s) => s.id === id);
}

function entryIndex(section: Draft<Section>, partnerId: string): number {
  return section.entries.findIndex((e) => e.partner === partnerId);
}

/** Moves the item at `from` to `to` (clamped to the list); nothing when it stays put. */
function moveItem<T>(list: T[], from: number, to: number): void {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from === target) return;
  const [item] = list.splice(from, 1);
  list.splice(target, 0, item!);
}

/** "telefoonnummers, website": the partner fields a change touches, as the diff names them. */
function fieldNames(changes: PartnerFields): LocalizedText {
  const names = Object.keys(changes).map((key) => partnerFieldName(key) ?? { nl: key, en: key });
  return { nl: names.map((n) => n.nl).join(', '), en: names.map((n) => n.en).join(', ') };
}

const keysOf = (changes: object): string => Object.keys(changes).sort().join(',');

export const updateDirectoryTitle = defineCommand<{ title: string | undefined }>({
  id: 'directory.updateTitle',
  label: () => ({ nl: 'Titel van de partnergids bewerkt', en: 'Directory title edited' }),
  run: (draft, { title }) => assignFields(draft.directory, { title }),
  coalesceKey: () => 'directory:title',
});

export const addSection = defineCommand<{ section: Section; index?: number }>({
  id: 'directory.addSection',
  label: () => ({ nl: 'Sectie toegevoegd', en: 'Section added' }),
  run: (draft, { section, index }) => {
    const sections = draft.directory.sections;
    if (sections.some((s) => s.id === section.id)) return;
    sections.splice(index ?? sections.length, 0, section);
  },
});

export const updateSection = defineCommand<{ id: string; changes: SectionFields }>({
  id: 'directory.updateSection',
  label: () => ({ nl: 'Sectie bewerkt', en: 'Section edited' }),
  run: (draft, { id, changes }) => {
    const section = sectionOf(draft, id);
    if (section) assignFields(section, changes);
  },
  coalesceKey: ({ id, changes }) => `section:${id}:${keysOf(changes)}`,
});

export const moveSection = defineCommand<{ id: string; to: number }>({
  id: 'directory.moveSection',
  label: () => ({ nl: 'Sectie verplaatst', en: 'Section moved' }),
  run: (draft, { id, to }) => {
    const sections = draft.directory.sections;
    moveItem(
      sections,
      sections.findIndex((s) => s.id === id),
      to,
    );
  },
});

/** Removes a section; its partners stay in the directory (and in other sections). */
export const deleteSection = defineCommand<{ id: string }>({
  id: 'directory.deleteSection',
  label: () => ({ nl: 'Sectie verwijderd', en: 'Section deleted' }),
  run: (draft, { id }) => {
    const sections = draft.directory.sections;
    const index = sections.findIndex((s) => s.id === id);
    if (index >= 0) sections.splice(index, 1);
  },
});

/** A new partner, listed in a section when one is given: one step. */
export const addPartner = defineCommand<{ partner: Partner; sectionId?: string; index?: number }>({
  id: 'directory.addPartner',
  label: () => ({ nl: 'Partner toegevoegd', en: 'Partner added' }),
  run: (draft, { partner, sectionId, index }) => {
    if (draft.directory.partners.some((p) => p.id === partner.id)) return;
    draft.directory.partners.push(partner);
    const section = sectionId === undefined ? undefined : sectionOf(draft, sectionId);
    section?.entries.splice(index ?? section.entries.length, 0, { partner: partner.id });
  },
});

export const updatePartner = defineCommand<{ id: string; changes: PartnerFields }>({
  id: 'directory.updatePartner',
  label: ({ changes }) => {
    const names = fieldNames(changes);
    return { nl: `Partner bewerkt: ${names.nl}`, en: `Partner edited: ${names.en}` };
  },
  run: (draft, { id, changes }) => {
    const partner = draft.directory.partners.find((p) => p.id === id);
    if (partner) assignFields(partner, changes);
  },
  coalesceKey: ({ id, changes }) => `partner:${id}:${keysOf(changes)}`,
});

/** "Nu gecontroleerd": its own step, never merged with typing in the date field. */
export const markChecked = defineCommand<{ id: string; date: string }>({
  id: 'directory.markChecked',
  label: () => ({ nl: 'Gemarkeerd als gecontroleerd', en: 'Marked as checked' }),
  run: (draft, { id, date }) => {
    const partner = draft.directory.partners.find((p) => p.id === id);
    if (partner) partner.lastChecked = date;
  },
});

/** Deletes the partner from the directory and from every section that lists it. */
export const deletePartner = defineCommand<{ id: string }>({
  id: 'directory.deletePartner',
  label: () => ({ nl: 'Partner verwijderd', en: 'Partner deleted' }),
  run: (draft, { id }) => {
    const partners = draft.directory.partners;
    const index = partners.findIndex((p) => p.id === id);
    if (index < 0) return;
    partners.splice(index, 1);
    for (const section of draft.directory.sections) {
      const at = entryIndex(section, id);
      if (at >= 0) section.entries.splice(at, 1);
    }
  },
});

/** Lists an existing partner in (another) section. */
export const addEntry = defineCommand<{ sectionId: string; entry: SectionEntry }>({
  id: 'directory.addEntry',
  label: () => ({ nl: 'Partner in sectie vermeld', en: 'Partner listed in section' }),
  run: (draft, { sectionId, entry }) => {
    const section = sectionOf(draft, sectionId);
    if (!section || entryIndex(section, entry.partner) >= 0) return;
    if (!draft.directory.partners.some((p) => p.id === entry.partner)) return;
    section.entries.push(entry);
  },
});

/** Takes a partner out of one section; the partner stays in the directory. */
export const removeEntry = defineCommand<{ sectionId: string; partnerId: string }>({
  id: 'directory.removeEntry',
  label: () => ({ nl: 'Partner uit sectie gehaald', en: 'Partner removed from section' }),
  run: (draft, { sectionId, partnerId }) => {
    const section = sectionOf(draft, sectionId);
    const at = section ? entryIndex(section, partnerId) : -1;
    if (section && at >= 0) section.entries.splice(at, 1);
  },
});

export const updateEntry = defineCommand<{
  sectionId: string;
  partnerId: string;
  changes: EntryFields;
}>({
  id: 'directory.updateEntry',
  label: () => ({ nl: 'Vermelding bewerkt', en: 'Listing edited' }),
  run: (draft, { sectionId, partnerId, changes }) => {
    const section = sectionOf(draft, sectionId);
    const entry = section?.entries[entryIndex(section, partnerId)];
    if (entry) assignFields(entry, changes);
  },
  coalesceKey: ({ sectionId, partnerId, changes }) =>
    `entry:${sectionId}:${partnerId}:${keysOf(changes)}`,
});

/** Moves a partner's entry to place `to` (from 0) within its section. */
export const moveEntry = defineCommand<{ sectionId: string; partnerId: string; to: number }>({
  id: 'directory.moveEntry',
  label: () => ({ nl: 'Vermelding verplaatst', en: 'Listing moved' }),
  run: (draft, { sectionId, partnerId, to }) => {
    const section = sectionOf(draft, sectionId);
    if (section) moveItem(section.entries, entryIndex(section, partnerId), to);
  },
});

/**
 * The directory as a CSV import left it (applyDirectoryImport): one step, so one
 * undo takes the whole import back.
 */
export const importDirectory = defineCommand<{ directory: Directory; file: string }>({
  id: 'directory.import',
  label: ({ file }) => ({
    nl: `Partnergids ingelezen uit ${file}`,
    en: `Directory imported from ${file}`,
  }),
  run: (draft, { directory }) => {
    // Not copied: what the file left alone stays the same object (applyDirectoryImport).
    draft.directory = directory;
  },
});
