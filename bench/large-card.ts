// A generated card of about a thousand nodes, shaped like the real one (a trunk,
// five long scenario columns, an end band), for measuring the canvas.
import type { Card, FlowEdge, FlowNode } from '../schema/types';

export function largeCard(total = 1000): Card {
  const nodes: FlowNode[] = [
    { id: 'start', kind: 'start', title: 'START', position: { x: 800, y: 0 } },
    {
      id: 'inschatting',
      kind: 'assessment',
      text: 'Maak een inschatting van',
      criteria: [{ id: 'c1', text: 'De medewerking van de ouder(s)' }],
      position: { x: 700, y: 80 },
    },
  ];
  const edges: FlowEdge[] = [{ id: 'e-start', source: 'start', target: 'inschatting' }];
  const perColumn = Math.floor((total - 3) / 5) - 1;
  for (let s = 1; s <= 5; s++) {
    const x = (s - 1) * 330;
    const scenario = `scenario-${s}`;
    nodes.push({
      id: scenario,
      kind: 'scenario',
      severity: s as 1 | 2 | 3 | 4 | 5,
      title: `Scenario ${s}`,
      text: 'Je maakt je zorgen over de thuissituatie',
      width: 300,
      position: { x, y: 240 },
    });
    edges.push({ id: `e-in-${s}`, source: 'inschatting', target: scenario });
    let previous = scenario;
    for (let i = 1; i <= perColumn; i++) {
      const id = `s${s}-${i}`;
      nodes.push({
        id,
        kind: 'step',
        text: `Stap ${i} van scenario ${s}: bespreek de situatie met de ouder(s) en betrek het netwerk waar nodig.`,
        width: 300,
        position: { x, y: 340 + i * 90 },
        ...(i % 25 === 0 ? { roles: ['vk'] } : {}),
      });
      edges.push({ id: `e-${id}`, source: previous, target: id });
      previous = id;
    }
    edges.push({ id: `e-end-${s}`, source: previous, target: 'einde' });
  }
  nodes.push({
    id: 'einde',
    kind: 'end',
    text: 'Continue dialoog',
    width: 1620,
    position: { x: 0, y: 440 + perColumn * 90 },
  });
  return {
    schemaVersion: 1,
    id: 'groot',
    title: 'Grote kaart',
    regions: [{ id: 'regio', name: 'Regio' }],
    flow: { nodes, edges },
    roles: [{ id: 'vk', name: 'het VK' }],
    directory: { sections: [], partners: [] },
  };
}
