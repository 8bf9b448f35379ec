import { describe, expect, it } from 'vitest';
import { cardProblems } from '../../schema/load/load-card';
import type { Card, Section } from '../../schema/types';
import { DocumentStore, undoLabel } from '../../editor/state/document-store';
import {
  addEntry,
  addPartner,
  addSection,
  deletePartner,
  deleteSection,
  importDirectory,
  markChecked,
  moveEntry,
  moveSection,
  removeEntry,
  updateEntry,
  updatePartner,
  updateSection,
} from '../../editor/state/commands/directory-commands';
import { NOW } from './helpers';
import { sampleCard } from './regional-scenario';

function storeWithSample() {
  const clock = { t: 0 };
  const store = new DocumentStore(() => clock.t);
  store.load('zov', sampleCard());
  const card = () => store.getState()!.card;
  const section = (id: string): Section => card().directory.sections.find((s) => s.id === id)!;
  const names = (id: string) => section(id).entries.map((e) => e.partner);
  return { store, clock, card, section, names };
}

describe('directory commands', () => {
  it('move an entry within its section, clamped to the list; undo restores the order', () => {
    const { store, names } = storeWithSample();
    const before = names('ouders');
    expect(
      store.execute(moveEntry, { sectionId: 'ouders', partnerId: 'echo', to: 0 }).applied,
    ).toBe(true);
    expect(names('ouders').slice(0, 2)).toEqual(['echo', 'cgg']);
    store.execute(moveEntry, { sectionId: 'ouders', partnerId: 'echo', to: 99 });
    expect(names('ouders').at(-1)).toBe('echo');
    expect(
      store.execute(moveEntry, { sectionId: 'ouders', partnerId: 'echo', to: 99 }).applied,
    ).toBe(false);
    expect(undoLabel(store.getState())?.nl).toBe('Vermelding verplaatst');
    store.undo();
    store.undo();
    expect(names('ouders')).toEqual(before);
  });

  it('move, add, rename and delete sections; partners of a deleted section stay', () => {
    const { store, card, section } = storeWithSample();
    store.execute(moveSection, { id: 'acuut-gevaar', to: 0 });
    expect(card().directory.sections.map((s) => s.id)).toEqual([
      'acuut-gevaar',
      'ouders',
      'professionals',
    ]);
    store.execute(addSection, {
      section: { id: 'crisis', title: 'Crisis', entries: [] },
      index: 1,
    });
    expect(card().directory.sections[1]!.id).toBe('crisis');
    store.execute(updateSection, {
      id: 'crisis',
      changes: { title: 'Crisishulp', audience: 'beide' },
    });
    expect(section('crisis')).toMatchObject({ title: 'Crisishulp', audience: 'beide' });
    store.execute(updateSection, { id: 'crisis', changes: { audience: undefined } });
    expect(section('crisis')).not.toHaveProperty('audience');
    store.execute(deleteSection, { id: 'acuut-gevaar' });
    expect(card().directory.partners.some((p) => p.id === 'politie')).toBe(true);
    expect(cardProblems(card(), { now: NOW }).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('typing in one field of one partner is one undo step; another field is another', () => {
    const { store, clock, card } = storeWithSample();
    const original = card();
    for (const service of ['T', 'Th', 'The', 'Therapie']) {
      clock.t += 200;
      store.execute(updatePartner, { id: 'cgg', changes: { service } });
    }
    clock.t += 200;
    store.execute(updatePartner, { id: 'cgg', changes: { email: 'info@cgg.be' } });
    expect(store.getState()!.past).toHaveLength(2);
    expect(undoLabel(store.getState())?.nl).toBe('Partner bewerkt: e-mailadres');
    store.undo();
    expect(undoLabel(store.getState())?.nl).toBe('Partner bewerkt: dienst');
    store.undo();
    expect(card()).toEqual(original);
  });

  it('a field set to undefined is removed; "nu gecontroleerd" is a step of its own', () => {
    const { store, clock, card } = storeWithSample();
    const cgg = () => card().directory.partners.find((p) => p.id === 'cgg')!;
    store.execute(updatePartner, { id: 'cgg', changes: { note: undefined } });
    expect(cgg()).not.toHaveProperty('note');
    clock.t += 100;
    store.execute(updatePartner, { id: 'cgg', changes: { lastChecked: '2026-11-01' } });
    clock.t += 100;
    store.execute(markChecked, { id: 'cgg', date: '2026-11-28' });
    expect(cgg().lastChecked).toBe('2026-11-28');
    expect(undoLabel(store.getState())?.nl).toBe('Gemarkeerd als gecontroleerd');
    store.undo();
    expect(cgg().lastChecked).toBe('2026-11-01');
  });

  it('add a partner in a section, list it in another, take it out of one, delete it', () => {
    const { store, card, names, section } = storeWithSample();
    const partner = { id: 'huis-van-het-kind', organisation: 'Huis van het Kind' };
    store.execute(addPartner, { partner, sectionId: 'ouders' });
    expect(names('ouders').at(-1)).toBe('huis-van-het-kind');
    expect(store.execute(addPartner, { partner, sectionId: 'ouders' }).applied).toBe(false);
    store.execute(addEntry, { sectionId: 'professionals', entry: { partner: partner.id } });
    expect(
      store.execute(addEntry, { sectionId: 'professionals', entry: { partner: 'nope' } }).applied,
    ).toBe(false);
    store.execute(updateEntry, {
      sectionId: 'professionals',
      partnerId: partner.id,
      changes: { wayIn: 'brede-instap' },
    });
    expect(section('professionals').entries.at(-1)).toEqual({
      partner: partner.id,
      wayIn: 'brede-instap',
    });
    store.execute(removeEntry, { sectionId: 'ouders', partnerId: partner.id });
    expect(names('ouders')).not.toContain(partner.id);
    expect(card().directory.partners.some((p) => p.id === partner.id)).toBe(true);
    store.execute(deletePartner, { id: partner.id });
    expect(card().directory.partners.some((p) => p.id === partner.id)).toBe(false);
    expect(names('professionals')).not.toContain(partner.id);
    store.undo();
    expect(names('professionals')).toContain(partner.id);
  });

  it('deleting a partner listed in two sections takes it out of both, and undo puts both back', () => {
    const { store, names } = storeWithSample();
    const before = [names('ouders'), names('professionals')];
    store.execute(deletePartner, { id: 'vclb-zuid-oost-vlaanderen' });
    expect(names('ouders')).not.toContain('vclb-zuid-oost-vlaanderen');
    expect(names('professionals')).not.toContain('vclb-zuid-oost-vlaanderen');
    store.undo();
    expect([names('ouders'), names('professionals')]).toEqual(before);
  });

  it('an imported directory replaces the old one as one step', () => {
    const { store, card } = storeWithSample();
    const original = card();
    const directory: Card['directory'] = {
      ...original.directory,
      partners: [{ id: 'vk-limburg', organisation: 'VK Limburg', roles: ['vk'] }],
      sections: original.directory.sections.map((s) => ({ ...s, entries: [] })),
    };
    store.execute(importDirectory, { directory, file: 'limburg.csv' });
    expect(card().directory).toEqual(directory);
    expect(card().flow).toBe(original.flow);
    expect(undoLabel(store.getState())?.nl).toBe('Partnergids ingelezen uit limburg.csv');
    store.undo();
    expect(card()).toEqual(original);
  });
});
