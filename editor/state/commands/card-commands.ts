// Commands on the card as a whole: its title and subtitle.
import type { Card } from '../../../schema/types';
import { defineCommand } from '../command';
import { assignFields } from './draft-helpers';

type CardMeta = Pick<Card, 'title' | 'subtitle' | 'language' | 'source'>;

export const updateCardMeta = defineCommand<{ changes: Partial<CardMeta> }>({
  id: 'card.updateMeta',
  label: () => ({ nl: 'Kaartgegevens bewerkt', en: 'Card details edited' }),
  run: (draft, { changes }) => assignFields(draft, changes),
  coalesceKey: ({ changes }) => `card:${Object.keys(changes).sort().join(',')}`,
});
