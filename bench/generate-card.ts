// Generates large, valid, realistic cards for benchmarks and fuzzing: a trunk,
// many scenario columns (severity 1 to 5 in turn) with chains of steps that
// name roles, return arrows with labels, notes, and a directory with partners,
// Belgian phone numbers and sections. Deterministic for a given seed.
import { layoutNode } from '../schema/layout/measure';
import type { Card, FlowEdge, FlowNode, Partner, Role, Section, Severity } from '../schema/types';

/** Small seeded PRNG (mulberry32): the same seed gives the same card. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  'Bespreek',
  'Betrek',
  'Noteer',
  'Contacteer',
  'Pols naar',
  'Verzamel',
  'Ondersteun',
  'Informeer',
];
const OBJECTS = [
  'de gezinssituatie en de impact op de kinderen',
  'het netwerk en externe partners indien nodig',
  'de voortgang in het cliëntdossier',
  'de ervaringen van het netwerk, eventueel kinderen (+12 jaar)',
  'je ongerustheid met collega’s en/of een expert',
  'de risico- en beschermende factoren',
];
const ROLE_NAMES = [
  'het VK',
  'het OCJ',
  'het CLB',
  'Kind & Gezin',
  'de politie',
  'het parket',
  'het CAW',
  'het CGG',
  'de huisarts',
  'het OCMW',
];
const ZONES = ['09', '02', '03', '055', '053', '050', '016', '011'];

const COLUMN_WIDTH = 300;
const GAP = 28;

export interface GenerateOptions {
  nodes: number;
  seed?: number;
}

export function generateCard({ nodes: target, seed = 1 }: GenerateOptions): Card {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const roles: Role[] = ROLE_NAMES.map((name, i) => ({ id: `rol-${i}`, name }));
  const add = (node: FlowNode) => (nodes.push(node), node);
  const link = (source: string, to: string, extra: Partial<FlowEdge> = {}) =>
    edges.push({ id: `e${edges.length}`, source, target: to, ...extra });
  const bottom = (n: FlowNode) => n.position.y + layoutNode(n).height;

  let prev = add({ id: 'start', kind: 'start', title: 'START', position: { x: 0, y: 0 } });
  for (let i = 0; i < 3; i++) {
    const step = add({
      id: `stam-${i}`,
      kind: 'step',
      text: `${pick(VERBS)} ${pick(OBJECTS)}.`,
      width: COLUMN_WIDTH,
      position: { x: -80, y: bottom(prev) + GAP },
    });
    link(prev.id, step.id);
    prev = step;
  }
  const assessment = add({
    id: 'inschatting',
    kind: 'assessment',
    text: 'Maak een inschatting van',
    criteria: [
      { id: 'medewerking', text: 'De medewerking van de ouder(s)' },
      { id: 'verontrusting', text: 'De mate van verontrusting' },
      { id: 'urgentie', text: 'De mate van urgentie' },
    ],
    position: { x: -100, y: bottom(prev) + GAP },
  });
  link(prev.id, assessment.id);
  const columnTop = bottom(assessment) + 80;
  const end: FlowNode = {
    id: 'einde',
    kind: 'end',
    text: 'Continue dialoog',
    width: 400,
    position: { x: 0, y: 0 },
  };

  // Columns of about 20 nodes until the target is reached (the end node counts too).
  const perColumn = 20;
  const columns = Math.max(1, Math.ceil((target - nodes.length - 1) / perColumn));
  let maxBottom = columnTop;
  const scenarioIds: string[] = [];
  for (let c = 0; c < columns && nodes.length < target - 1; c++) {
    const x = c * (COLUMN_WIDTH + GAP);
    const scenario = add({
      id: `scenario-${c}`,
      kind: 'scenario',
      severity: ((c % 5) + 1) as Severity,
      title: `Scenario ${c + 1}`,
      text: `Situatie ${c + 1}: ${pick(OBJECTS)}`,
      width: COLUMN_WIDTH,
      position: { x, y: columnTop },
    });
    scenarioIds.push(scenario.id);
    link(assessment.id, scenario.id);
    let last: FlowNode = scenario;
    for (let s = 0; s < perColumn - 1 && nodes.length < target - 1; s++) {
      const kind = s > 0 && s % 7 === 0 ? 'note' : 'step';
      const node = add({
        id: `s${c}-${s}`,
        kind,
        text: `${pick(VERBS)} ${pick(OBJECTS)}.`,
        ...(kind === 'step' && rnd() < 0.3 ? { roles: [pick(roles).id] } : {}),
        width: COLUMN_WIDTH,
        position: { x, y: bottom(last) + GAP },
      });
      if (kind === 'step') {
        link(last.id, node.id);
        last = node;
      }
      maxBottom = Math.max(maxBottom, bottom(node));
    }
    link(last.id, end.id);
    if (c > 0 && rnd() < 0.3)
      link(last.id, pick(scenarioIds), { kind: 'return', label: 'De thuissituatie is veilig' });
  }
  end.width = Math.min(5000, Math.max(400, columns * (COLUMN_WIDTH + GAP) - GAP));
  end.position = { x: 0, y: maxBottom + 60 };
  nodes.push(end);

  const partnerCount = Math.max(roles.length, Math.round(target / 10));
  const partners: Partner[] = Array.from({ length: partnerCount }, (_, i) => {
    const zone = pick(ZONES);
    const digits = String(Math.floor(rnd() * 1e7))
      .padStart(8 - (zone.length - 1), '0')
      .slice(0, 9 - zone.length);
    return {
      id: `partner-${i}`,
      organisation: `Organisatie ${i + 1}`,
      service: `${pick(VERBS)} ${pick(OBJECTS)}`,
      audience: pick(['ouders', 'professionals', 'beide'] as const),
      phones: [{ number: `${zone} ${digits}`, label: 'Onthaal' }],
      website: `https://organisatie-${i + 1}.example.be/`,
      roles: i < roles.length ? [roles[i]!.id] : rnd() < 0.2 ? [pick(roles).id] : [],
      lastChecked: '2026-06-01',
    };
  });
  const sections: Section[] = [
    'Ondersteuning voor ouders',
    'Partners en consult voor professionals',
    'Bij acuut gevaar',
  ].map((title, s) => ({
    id: `sectie-${s}`,
    title,
    entries: partners.filter((_, i) => i % 3 === s).map((p) => ({ partner: p.id })),
  }));

  return {
    schemaVersion: 1,
    id: `gegenereerd-${target}`,
    title: `Gegenereerde kaart (${nodes.length} knopen)`,
    language: 'nl',
    regions: [{ id: 'regio', name: 'Testregio', municipalities: ['Gent', 'Oudenaarde'] }],
    flow: { nodes, edges },
    roles,
    directory: { sections, partners },
    resources: [{ id: 'bron', title: 'Risicofactoren', url: 'https://kindreflex.be/' }],
  };
}

// `npx tsx bench/generate-card.ts 1000 > card.json`
if (process.argv[1]?.endsWith('generate-card.ts')) {
  const count = Number(process.argv[2] ?? 1000);
  process.stdout.write(JSON.stringify(generateCard({ nodes: count }), null, 2) + '\n');
}
