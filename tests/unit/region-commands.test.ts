import { describe, expect, it } from 'vitest';
import { directoryToCsv, parseDirectoryCsv, planDirectoryImport } from '../../schema/csv';
import { cardProblems } from '../../schema/load/load-card';
import { mergeBaseUpdate, resolveConflicts } from '../../schema/merge';
import { DocumentStore, undoLabel } from '../../editor/state/document-store';
import { deleteRole, updateRole, addRole } from '../../editor/state/commands/role-commands';
import { takeBaseUpdate } from '../../editor/state/commands/region-commands';
import { NOW } from './helpers';
import { ADDED_STEP, newerBase, regionalCard, REWORDED, sampleCard } from './regional-scenario';

describe('role commands', () => {
  it('add and rename a role; typing in its name is one step', () => {
    const store = new DocumentStore(() => 0);
    store.load('zov', sampleCard());
    store.execute(addRole, { role: { id: 'ocmw', name: 'het OCMW' } });
    expect(store.execute(addRole, { role: { id: 'ocmw', name: 'twice' } }).applied).toBe(false);
    store.execute(updateRole, { id: 'ocmw', changes: { name: 'het OCMW of' } });
    store.execute(updateRole, { id: 'ocmw', changes: { name: 'het OCMW of sociaal huis' } });
    expect(store.getState()!.past).toHaveLength(2);
    expect(store.getState()!.card.roles.at(-1)).toEqual({
      id: 'ocmw',
      name: 'het OCMW of sociaal huis',
    });
  });

  it('deleting a role takes it off steps and partners in one step, and leaves a valid card', () => {
    const store = new DocumentStore(() => 0);
    const original = sampleCard();
    store.load('zov', original);
    store.execute(deleteRole, { id: 'clb', name: 'het CLB' });
    const card = store.getState()!.card;
    expect(card.roles.some((r) => r.id === 'clb')).toBe(false);
    expect(card.flow.nodes.some((n) => n.roles?.includes('clb'))).toBe(false);
    expect(card.directory.partners.some((p) => p.roles?.includes('clb'))).toBe(false);
    // A step that named only this role has no empty list left behind.
    expect(card.flow.nodes.find((n) => n.id === 's2-stap-5')).not.toHaveProperty('roles');
    expect(card.flow.nodes.find((n) => n.id === 's2-stap-7')?.roles).toEqual(['vk', 'ocj']);
    expect(cardProblems(card, { now: NOW }).filter((p) => p.severity === 'error')).toEqual([]);
    expect(undoLabel(store.getState())?.nl).toBe("Rol 'het CLB' verwijderd");
    store.undo();
    expect(store.getState()!.card).toEqual(original);
  });
});

describe('taking a base update', () => {
  it('takes the merged flow, roles and origin as one step; the directory stays the same object', async () => {
    const regional = await regionalCard();
    const store = new DocumentStore(() => 0);
    store.load('brugge', regional);
    const result = await mergeBaseUpdate(regional, newerBase(), { now: NOW });
    const merged = resolveConflicts(result, {});
    store.execute(takeBaseUpdate, {
      merged: { flow: merged.flow, roles: merged.roles, origin: merged.origin },
    });
    const card = store.getState()!.card;
    expect(card.directory).toBe(regional.directory);
    expect(card.regions).toBe(regional.regions);
    expect(card.flow.nodes.find((n) => n.id === 's3-stap-2')?.text).toBe(REWORDED);
    expect(card.flow.nodes.some((n) => n.text === ADDED_STEP)).toBe(true);
    expect(card.origin?.version).toBe('2027.1');
    expect(undoLabel(store.getState())?.nl).toBe(
      'Update van de basiskaart (versie 2027.1) overgenomen',
    );
    store.undo();
    expect(store.getState()!.card).toEqual(regional);
  });

  it('a CSV round trip of a regional card leaves nothing of the base region', async () => {
    const regional = await regionalCard();
    const csv = directoryToCsv(regional);
    const plan = planDirectoryImport(regional, parseDirectoryCsv(csv));
    expect(plan.applicable).toBe(true);
    expect(plan.added.length + plan.changed.length + plan.removed.length).toBe(0);
    expect(csv).not.toContain('Oost-Vlaanderen');
    expect(csv).not.toContain('09 216 73 30');
  });
});
