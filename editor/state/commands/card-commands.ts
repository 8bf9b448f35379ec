// Commands on the card as a whole: its title, subtitle and regions.
import type { Card, Region } from '../../../schema/types';
import { defineCommand } from '../command';
import { assignFields } from './draft-helpers';

type CardMeta = Pick<Card, 'title' | 'subtitle' | 'language' | 'source'>;

export const updateCardMeta = defineCommand<{ changes: Partial<CardMeta> }>({
  id: 'card.updateMeta',
  label: () => ({ nl: 'Kaartgegevens bewerkt', en: 'Card details edited' }),
  run: (draft, { changes }) => assignFields(draft, changes),
  coalesceKey: ({ changes }) => `card:${Object.keys(changes).sort().join(',')}`,
});

export const updateRegion = defineCommand<{ id: string; changes: Partial<Omit<Region, 'id'>> }>({
  id: 'card.updateRegion',
  label: () => ({ nl: 'Regio bewerkt', en: 'Region edited' }),
  run: (draft, { id, changes }) => {
    const region = draft.regions.find((r) => r.id === id);
    if (region) assignFields(region, changes);
  },
  coalesceKey: ({ id, changes }) => `region:${id}:${Object.keys(changes).sort().join(',')}`,
});
