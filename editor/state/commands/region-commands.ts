// Commands of a regional card: taking an update of the base card. Only the
// flow, the roles and `origin` change; the region's directory, regions and
// resources are left exactly as they are.
import type { Card } from '../../../schema/types';
import { defineCommand } from '../command';

export const takeBaseUpdate = defineCommand<{ merged: Pick<Card, 'flow' | 'roles' | 'origin'> }>({
  id: 'region.takeBaseUpdate',
  label: ({ merged }) => {
    const version = merged.origin?.version;
    return version
      ? {
          nl: `Update van de basiskaart (versie ${version}) overgenomen`,
          en: `Base card update (version ${version}) taken`,
        }
      : { nl: 'Update van de basiskaart overgenomen', en: 'Base card update taken' };
  },
  run: (draft, { merged }) => {
    draft.flow = structuredClone(merged.flow);
    draft.roles = structuredClone(merged.roles);
    if (merged.origin) draft.origin = structuredClone(merged.origin);
    else delete draft.origin;
  },
});
