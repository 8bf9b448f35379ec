// Commands on the roles the flow names ("het VK"): add, rename, describe,
// delete. A role is only ever deleted together with every reference to it,
// so the card never names a role that is gone.
import type { Draft } from 'immer';
import type { Role } from '../../../schema/types';
import { defineCommand } from '../command';
import { assignFields, originalArray } from './draft-helpers';

export const addRole = defineCommand<{ role: Role }>({
  id: 'roles.add',
  label: ({ role }) => ({ nl: `Rol '${role.name}' toegevoegd`, en: `Role '${role.name}' added` }),
  run: (draft, { role }) => {
    if (!draft.roles.some((r) => r.id === role.id)) draft.roles.push(role);
  },
});

export const updateRole = defineCommand<{
  id: string;
  changes: Partial<Pick<Role, 'name' | 'description'>>;
}>({
  id: 'roles.update',
  label: () => ({ nl: 'Rol bewerkt', en: 'Role edited' }),
  run: (draft, { id, changes }) => {
    const role = draft.roles.find((r) => r.id === id);
    if (role) assignFields(role, changes);
  },
  coalesceKey: ({ id, changes }) => `role:${id}:${Object.keys(changes).sort().join(',')}`,
});

/**
 * Deletes a role, takes it off the partners that fill it and off the steps that
 * name it: one step. The studio asks first when steps still name it.
 */
export const deleteRole = defineCommand<{ id: string; name: string }>({
  id: 'roles.delete',
  label: ({ name }) => ({ nl: `Rol '${name}' verwijderd`, en: `Role '${name}' deleted` }),
  run: (draft, { id }) => {
    const index = draft.roles.findIndex((r) => r.id === id);
    if (index < 0) return;
    draft.roles.splice(index, 1);
    dropRole(draft.flow.nodes, id);
    dropRole(draft.directory.partners, id);
  },
});

/** Takes the role off every holder that names it; only those get a draft proxy. */
function dropRole<T extends { roles?: string[] }>(holders: Draft<T>[], id: string): void {
  originalArray<T>(holders).forEach((holder, i) => {
    if (!holder.roles?.includes(id)) return;
    const kept = holder.roles.filter((r) => r !== id);
    const draft = holders[i]!;
    if (kept.length > 0) draft.roles = kept;
    else delete draft.roles;
  });
}
