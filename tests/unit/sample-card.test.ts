// The sample must hold the whole source card: every phone number, every web
// address, every step in order, laid out like the print (trunk on top,
// scenario columns from calm on the left to acute danger on the right).
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../schema/load/load-card';
import { layoutNode } from '../../schema/layout/measure';
import { partnersForRole, regionsForMunicipality } from '../../schema/roles';
import type { Card, FlowNode } from '../../schema/types';
import { NOW, readRepoFile, sampleText } from './helpers';

const seed = readRepoFile('samples/source/kindreflex-steekkaart-zuid-oost-vlaanderen.txt');
const loaded = loadCard(sampleText(), { now: NOW });
if (!loaded.ok) throw new Error('sample does not load');
const card: Card = loaded.card;
const json = sampleText();
const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const allText = normalise(json);

function chainFrom(scenarioId: string): FlowNode[] {
  const byId = new Map(card.flow.nodes.map((n) => [n.id, n]));
  const steps: FlowNode[] = [];
  let current = scenarioId;
  for (;;) {
    const next = card.flow.edges.find((e) => e.source === current && e.kind !== 'return');
    const node = next && byId.get(next.target);
    if (!node || node.kind !== 'step') return steps;
    steps.push(node);
    current = node.id;
  }
}

describe('the Zuid-Oost-Vlaanderen sample', () => {
  it('holds every web address of the source card', () => {
    const urls = new Set(seed.match(/https?:\/\/\S+/g));
    expect(urls.size).toBeGreaterThan(15);
    for (const url of urls) expect(json, url).toContain(url);
  });

  it('holds every phone number of the source card, with its location', () => {
    const numbers = new Set(seed.match(/\b0\d{1,3}(?: \d{2,3}){2,3}\b/g));
    expect(numbers.size).toBe(7);
    for (const n of numbers) expect(json, n).toContain(`"${n}"`);
    const vclb = card.directory.partners.find((p) => p.id === 'vclb-zuid-oost-vlaanderen');
    expect(vclb?.phones).toEqual([
      { number: '055 31 38 62', label: 'Oudenaarde' },
      { number: '09 361 14 01', label: 'Zottegem' },
    ]);
  });

  it('holds the texts of the card: trunk, prompts, criteria, intro, TIP and the dialogue band', () => {
    for (const phrase of [
      'standaardonderdeel van gesprek',
      'al vanaf zwangerschap',
      'Wie zorgt er voor de kinderen?',
      'welke normen en waarden vind je belangrijk',
      'Hebben zij zicht op de problemen?',
      'De medewerking (of bereidheid) van de ouder(s)',
      'een niet pluis gevoel',
      'hoe veilig is het thuis?',
      'Maak gebruik van dit overzicht om zicht te krijgen op',
      'wanneer je beroep doet op collega',
      'objectieve inschatting te maken',
      'Continue dialoog tussen ouder(s), kind(eren) en betrokken hulp- en dienstverleners',
      'De thuissituatie is veilig',
      'Psychotherapeutische hulpverlening',
      'Lotgenotencontact voor overlevers van kindermishandeling',
      'Vergeet zeker ook niet de GBO-kernpartners te consulteren',
      'Huisartsen regio Panacea & Vlaamse Ardennen',
      'Richtlijn en tips om de familie te betrekken',
      'Overzicht van factoren om verontrusting in te schatten',
    ])
      expect(allText, phrase).toContain(normalise(phrase));
  });

  it('has the five scenarios, calm to alarming from left to right, each with its steps in order', () => {
    const scenarios = card.flow.nodes
      .filter((n) => n.kind === 'scenario')
      .sort((a, b) => a.position.x - b.position.x);
    expect(scenarios.map((s) => s.severity)).toEqual([1, 2, 3, 4, 5]);
    expect(scenarios.map((s) => chainFrom(s.id).length)).toEqual([5, 8, 3, 4, 4]);
    expect(chainFrom(scenarios[4]!.id)[1]?.text).toBe('Betrek het PARKET en/of POLITIE.');
    expect(chainFrom(scenarios[1]!.id)[6]?.roles).toEqual(['vk', 'ocj']);
    const trunkBottom = Math.max(
      ...card.flow.nodes
        .filter((n) => ['start', 'assessment'].includes(n.kind))
        .map((n) => n.position.y + layoutNode(n).height),
    );
    for (const s of scenarios) expect(s.position.y).toBeGreaterThan(trunkBottom);
  });

  it('binds the roles of the flow to the regional organisations', () => {
    const names = (role: string) => partnersForRole(card, role).map((p) => p.organisation);
    expect(names('vk')).toEqual(['Vertrouwenscentrum Kindermishandeling (VCK) Oost-Vlaanderen']);
    expect(names('ocj')).toEqual(['Ondersteuningscentrum Jeugdzorg (OCJ) Oost-Vlaanderen']);
    expect(names('clb')).toEqual(['Vrij CLB Zuid-Oost-Vlaanderen', 'GO! CLB']);
    expect(names('kind-en-gezin')).toEqual(['Regioteam Kind & Gezin']);
    expect(names('parket-politie')).toHaveLength(2);
    expect(card.directory.partners.find((p) => p.id === 'kind-en-gezin')?.ageRange).toMatchObject({
      fromMonths: -9,
      toMonths: 36,
    });
  });

  it('lists the CLBs in both sections with their own way in', () => {
    const wayIn = (section: string) =>
      card.directory.sections
        .find((s) => s.id === section)!
        .entries.filter((e) => e.partner.includes('clb'))
        .map((e) => e.wayIn);
    expect(wayIn('ouders')).toEqual(['via-contactpersoon', 'via-contactpersoon']);
    expect(wayIn('professionals')).toEqual(['brede-instap', 'brede-instap']);
  });

  it('finds its region by municipality, forgiving case and accents', () => {
    expect(regionsForMunicipality(card, 'oudenaarde').map((r) => r.id)).toEqual([
      'zuid-oost-vlaanderen',
    ]);
    expect(regionsForMunicipality(card, 'sint lievens')).toHaveLength(1);
    expect(regionsForMunicipality(card, 'Antwerpen')).toEqual([]);
  });
});
