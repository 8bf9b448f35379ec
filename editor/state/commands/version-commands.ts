// Commands of the version history: replacing the whole card with another
// version of it (a restore), as one undoable step.
import { jsonEqual } from '../../../schema/json-equal';
import type { LocalizedText } from '../../../schema/problems';
import type { Card } from '../../../schema/types';
import { defineCommand } from '../command';

export const replaceCard = defineCommand<{ card: Card; label?: LocalizedText }>({
  id: 'versions.replaceCard',
  label: ({ label }) => label ?? { nl: 'Versie hersteld', en: 'Version restored' },
  run: (draft, { card }) => {
    // Field by field on the draft, so Immer records patches (and the undo step)
    // only for the parts that differ.
    const target = draft as Record<string, unknown>;
    const source = structuredClone(card) as Record<string, unknown>;
    for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
    for (const [key, value] of Object.entries(source))
      if (!jsonEqual(target[key], value)) target[key] = value;
  },
});
