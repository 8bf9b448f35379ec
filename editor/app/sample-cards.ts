// The cards the studio ships with: the Zuid-Oost-Vlaanderen card (opened on
// the very first start) and the template for a new region. They go through
// the load path like any other document.
import { loadCardValue } from '../../schema/load/load-card';
import { CURRENT_SCHEMA_VERSION, type Card } from '../../schema/types';
import sampleJson from '../../samples/kindreflex-zuid-oost-vlaanderen.json';
import templateJson from '../../samples/kindreflex-regio-sjabloon.json';

function load(value: unknown, name: string): Card {
  const result = loadCardValue(value);
  if (!result.ok)
    throw new Error(`${name} is geen geldige kaart: ${result.problems[0]?.message.nl ?? ''}`);
  return result.card;
}

export const sampleCard = (): Card => load(structuredClone(sampleJson), 'De voorbeeldkaart');
export const templateCard = (): Card => load(structuredClone(templateJson), 'Het sjabloon');

/** A new card with only a start and an end, for a flow made from scratch. */
export function emptyCard(title: string): Card {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'nieuwe-kaart',
    title,
    language: 'nl',
    regions: [{ id: 'regio', name: 'Regio', municipalities: [] }],
    flow: {
      nodes: [
        { id: 'start', kind: 'start', title: 'START', position: { x: 0, y: 0 } },
        { id: 'einde', kind: 'end', text: 'Continue dialoog', position: { x: -130, y: 200 } },
      ],
      edges: [{ id: 'e-start-einde', source: 'start', target: 'einde' }],
    },
    roles: [],
    directory: { sections: [], partners: [] },
    resources: [],
  };
}
