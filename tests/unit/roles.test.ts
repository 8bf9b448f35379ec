// Which regions have a partner for each role: the roles panel's one pass over
// the directory must say what asking partnersForRole per role and region says.
import { describe, expect, it } from 'vitest';
import { partnersForRole, regionsFilled } from '../../schema/roles';
import type { Card } from '../../schema/types';
import { minimalCard } from './helpers';

function regionalCard(): Card {
  const card = minimalCard();
  return {
    ...card,
    regions: [
      { id: 'gent', name: 'Gent' },
      { id: 'aalst', name: 'Aalst' },
      { id: 'ronse', name: 'Ronse' },
    ],
    roles: [
      { id: 'vk', name: 'het VK' },
      { id: 'clb', name: 'het CLB' },
      { id: 'caw', name: 'het CAW' },
    ],
    directory: {
      sections: [],
      partners: [
        { id: 'vk-gent', organisation: 'VK Gent', roles: ['vk'], regions: ['gent'] },
        { id: 'clb-overal', organisation: 'CLB', roles: ['clb'] },
        { id: 'vk-aalst', organisation: 'VK Aalst', roles: ['vk', 'caw'], regions: ['aalst'] },
        { id: 'geen-rol', organisation: 'Huisarts', regions: ['ronse'] },
      ],
    },
  };
}

describe('regionsFilled', () => {
  it('agrees with partnersForRole for every role and region', () => {
    const card = regionalCard();
    const filled = regionsFilled(card);
    for (const role of card.roles)
      for (const region of card.regions)
        expect(filled.get(role.id)?.has(region.id) ?? false, `${role.id} in ${region.id}`).toBe(
          partnersForRole(card, role.id, region.id).length > 0,
        );
    expect([...(filled.get('vk') ?? [])]).toEqual(['gent', 'aalst']);
    expect([...(filled.get('clb') ?? [])]).toEqual(['gent', 'aalst', 'ronse']);
    expect(filled.has('geen-rol')).toBe(false);
  });
});
