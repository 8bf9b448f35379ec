// The regional scenario shared by the merge tests: a card for another region
// made from the Zuid-Oost-Vlaanderen card, with its own VK, OCJ and CLB, and a
// newer base card in which one step was reworded and one added.
import { loadCard } from '../../schema/load/load-card';
import { deriveRegionalCard } from '../../schema/merge/derive';
import type { Card, Partner } from '../../schema/types';
import { NOW, sampleText } from './helpers';

export function sampleCard(): Card {
  const loaded = loadCard(sampleText(), { now: NOW });
  if (!loaded.ok) throw new Error('sample does not load');
  return loaded.card;
}

export const REGION_PARTNERS: Partner[] = [
  {
    id: 'vk-west',
    organisation: 'Vertrouwenscentrum Kindermishandeling West-Vlaanderen',
    audience: 'professionals',
    phones: [{ number: '050 34 57 57' }],
    website: 'https://www.vertrouwenscentrum-kindermishandeling.be/',
    roles: ['vk', 'gemandateerde-voorziening'],
    lastChecked: '2026-11-01',
  },
  {
    id: 'ocj-west',
    organisation: 'Ondersteuningscentrum Jeugdzorg West-Vlaanderen',
    audience: 'professionals',
    phones: [{ number: '050 24 79 79', label: 'Brugge' }],
    roles: ['ocj', 'gemandateerde-voorziening'],
    lastChecked: '2026-11-01',
  },
  {
    id: 'clb-brugge',
    organisation: 'Vrij CLB Brugge',
    audience: 'beide',
    phones: [{ number: '050 44 02 20' }],
    roles: ['clb'],
    lastChecked: '2026-11-01',
  },
];

/** The Brugge card: derived from the sample, with its own VK, OCJ and CLB in the directory. */
export async function regionalCard(base: Card = sampleCard()): Promise<Card> {
  const card = await deriveRegionalCard(base, {
    id: 'kindreflex-brugge',
    region: { name: 'Brugge', municipalities: ['Brugge', 'Damme', 'Zuienkerke'] },
    now: NOW,
  });
  card.directory.partners = structuredClone(REGION_PARTNERS);
  card.directory.sections
    .find((s) => s.id === 'professionals')!
    .entries.push(
      { partner: 'vk-west' },
      { partner: 'ocj-west' },
      { partner: 'clb-brugge', wayIn: 'brede-instap' },
    );
  return card;
}

export const REWORDED =
  'Betrek het netwerk en externe partners waar nodig, en bespreek dit regelmatig met de ouders.';
export const ADDED_STEP = 'Zorg dat de kinderen op een veilige plek zijn.';

/** The newer base: scenario 3, step 2 reworded; a step added in scenario 5 after step 1. */
export function newerBase(base: Card = sampleCard()): Card {
  const next = structuredClone(base);
  next.flow.nodes.find((n) => n.id === 's3-stap-2')!.text = REWORDED;
  next.flow.nodes.push({
    id: 's5-veilige-plek',
    kind: 'step',
    text: ADDED_STEP,
    width: 300,
    position: { x: 1320, y: 640 },
  });
  const edge = next.flow.edges.find((e) => e.id === 'e-s5-stap-1-s5-stap-2')!;
  edge.target = 's5-veilige-plek';
  next.flow.edges.push({
    id: 'e-s5-veilige-plek-s5-stap-2',
    source: 's5-veilige-plek',
    target: 's5-stap-2',
  });
  next.release = { version: '2027.1', publishedAt: '2027-01-15T10:00:00Z', hash: '0'.repeat(64) };
  return next;
}
