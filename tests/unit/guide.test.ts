// The guided path through the Zuid-Oost-Vlaanderen card and the minimal card:
// trunk, choice of scenario, chains, exits, positions in the URL, summary.
import { describe, expect, it } from 'vitest';
import {
  contactsForNode,
  guideSummary,
  parseGuidePath,
  phoneText,
  scenarioChoices,
  scenarioExits,
  scenarioSteps,
  trunkStops,
} from '../../schema/guide';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { minimalCard, NOW, sampleText } from './helpers';

const loaded = loadCard(sampleText(), { now: NOW });
if (!loaded.ok) throw new Error('sample does not load');
const card: Card = loaded.card;
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

describe('the guide through the sample card', () => {
  it('walks the trunk from START to the assessment, prompts included', () => {
    expect(ids(trunkStops(card))).toEqual(['gesprek', 'polsen', 'gespreksvragen', 'inschatting']);
  });

  it('offers the five situations, calm to alarming', () => {
    expect(ids(scenarioChoices(card))).toEqual([
      'scenario-1',
      'scenario-2',
      'scenario-3',
      'scenario-4',
      'scenario-5',
    ]);
  });

  it('follows each scenario chain in order', () => {
    expect(scenarioSteps(card, 'scenario-2').map((n) => n.id)).toEqual(
      Array.from({ length: 8 }, (_, i) => `s2-stap-${i + 1}`),
    );
    expect(scenarioSteps(card, 'scenario-3')).toHaveLength(3);
    expect(scenarioSteps(card, 'scenario-5')).toHaveLength(4);
  });

  it("offers scenario 2's labelled ways on, and the dialogue band elsewhere", () => {
    const exits = scenarioExits(card, 'scenario-2');
    expect(exits.map((x) => [x.node.id, x.label])).toEqual([
      ['scenario-1', 'Geen verontrusting, de ouders werken mee'],
      ['scenario-3', 'Verontrusting, maar de ouders werken mee'],
      ['scenario-4', 'Verontrusting en weerstand bij de ouder(s)'],
    ]);
    expect(ids(scenarioExits(card, 'scenario-1').map((x) => x.node))).toEqual(['continue-dialoog']);
    // The end comes after the return to scenario 3.
    expect(ids(scenarioExits(card, 'scenario-5').map((x) => x.node))).toEqual([
      'scenario-3',
      'continue-dialoog',
    ]);
  });

  it('reads a path from the URL, dropping what does not fit the flow', () => {
    expect(parseGuidePath(card, 'scenario-2')).toEqual(['scenario-2']);
    expect(parseGuidePath(card, 'scenario-2,scenario-3')).toEqual(['scenario-2', 'scenario-3']);
    expect(parseGuidePath(card, 'scenario-5,scenario-3')).toEqual(['scenario-5', 'scenario-3']);
    // Scenario 3 leads on to no other scenario; a step is not a choice.
    expect(parseGuidePath(card, 'scenario-3,scenario-1')).toEqual(['scenario-3']);
    expect(parseGuidePath(card, 's2-stap-3')).toEqual([]);
    expect(parseGuidePath(card, 'scenario-2,scenario-2')).toEqual(['scenario-2']);
    expect(parseGuidePath(card, null)).toEqual([]);
    expect(parseGuidePath(card, '')).toEqual([]);
  });

  it('finds the contacts for a step in the region', () => {
    const step = card.flow.nodes.find((n) => n.id === 's2-stap-7')!;
    const contacts = contactsForNode(card, step, 'zuid-oost-vlaanderen');
    expect(contacts.map((c) => [c.role.id, c.partners.map((p) => p.id)])).toEqual([
      ['vk', ['vck-oost-vlaanderen']],
      ['ocj', ['ocj-oost-vlaanderen']],
    ]);
  });

  it('summarises the path as plain text with Belgian numbers', () => {
    const text = guideSummary(card, ['scenario-2', 'scenario-3'], 'zuid-oost-vlaanderen');
    expect(text).toContain('Kindreflex steekkaart – Zuid-Oost-Vlaanderen');
    expect(text).toContain('Situatie: Scenario 2: Je hebt een niet pluis gevoel');
    expect(text).toContain('- Bij twijfel: bel (anoniem) het VK en/of het OCJ.');
    expect(text).toContain(
      '  het VK: Vertrouwenscentrum Kindermishandeling (VCK) Oost-Vlaanderen 09 216 73 30',
    );
    expect(text).toContain('055 31 38 62 (Oudenaarde)');
    expect(text).toContain('Situatie: Scenario 3');
    expect(text).not.toContain('<');
  });

  it('names the region once, marks the ticked steps and carries the version', () => {
    const text = guideSummary(card, ['scenario-3'], 'zuid-oost-vlaanderen', undefined, {
      ticked: new Set(['s3-stap-1']),
      version: 'versie 2026.1 van 1 december 2026',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Kindreflex steekkaart – Zuid-Oost-Vlaanderen');
    expect(text.match(/Zuid-Oost-Vlaanderen/g)).toHaveLength(1);
    expect(lines[1]).toBe('versie 2026.1 van 1 december 2026');
    expect(text).toContain('- [x] Ga aan de slag met de ouder(s)');
    expect(text).toContain('- [ ] Noteer de voortgang in het cliëntdossier.');
  });

  it('writes numbers as Belgians do, and keeps what it cannot read', () => {
    expect(phoneText({ number: '078150100' })).toBe('078 150 100');
    expect(phoneText({ number: 'onbekend', label: 'x' })).toBe('onbekend (x)');
  });
});

describe('the guide through the minimal card', () => {
  const minimal = minimalCard();
  it('has a trunk of just the assessment and one scenario', () => {
    expect(ids(trunkStops(minimal))).toEqual(['inschatting']);
    expect(ids(scenarioChoices(minimal))).toEqual(['scenario-5']);
    expect(ids(scenarioExits(minimal, 'scenario-5').map((x) => x.node))).toEqual(['einde']);
  });

  it('survives a flow without start or with a cycle', () => {
    const noStart: Card = {
      ...minimal,
      flow: { ...minimal.flow, nodes: minimal.flow.nodes.filter((n) => n.kind !== 'start') },
    };
    expect(trunkStops(noStart)).toEqual([]);
    expect(scenarioChoices(noStart)).toEqual([]);
    const cycle: Card = {
      ...minimal,
      flow: {
        ...minimal.flow,
        edges: [...minimal.flow.edges, { id: 'back', source: 'stap', target: 'scenario-5' }],
      },
    };
    expect(ids(scenarioSteps(cycle, 'scenario-5'))).toEqual(['stap']);
  });
});
