import { describe, expect, it } from 'vitest';
import { describeNode, nodePlace, nodePlaces } from '../../schema/describe-node';
import { minimalCard } from './helpers';
import { sampleCard } from './regional-scenario';

describe('nodePlace: a node named by its place in the flow', () => {
  const card = sampleCard();

  it('numbers the steps of each scenario by walking the arrows from the scenario', () => {
    expect(nodePlace(card, 's3-stap-2')).toEqual({
      area: 'scenario',
      scenarioId: 'scenario-3',
      step: 2,
      label: { nl: 'Scenario 3, stap 2', en: 'Scenario 3, step 2' },
    });
    expect(describeNode(card, 's2-stap-8').nl).toBe('Scenario 2, stap 8');
    expect(describeNode(card, 'scenario-5').nl).toBe('Scenario 5');
  });

  it('numbers the steps of the trunk from START', () => {
    expect(describeNode(card, 'gesprek')).toEqual({ nl: 'Stam, stap 1', en: 'Trunk, step 1' });
    expect(nodePlace(card, 'polsen')).toMatchObject({ area: 'trunk', step: 2 });
    expect(describeNode(card, 'start').nl).toBe('START');
    expect(describeNode(card, 'inschatting').nl).toBe('Inschatting „Maak een inschatting van”');
  });

  it('names notes, tips and the end by their kind and words', () => {
    expect(nodePlace(card, 'tip')?.area).toBe('beside');
    expect(describeNode(card, 'tip').nl).toMatch(/^Tip „Bespreek de situatie/);
    expect(describeNode(card, 'continue-dialoog').nl).toMatch(/^Eindvak „Continue dialoog/);
  });

  it('follows the arrows, not the order of the nodes in the file', () => {
    const changed = structuredClone(card);
    const nodes = changed.flow.nodes;
    // A new step between step 1 and 2 of scenario 5, listed last in the file.
    nodes.push({ id: 'nieuw', kind: 'step', text: 'Nieuw.', position: { x: 0, y: 0 } });
    const edge = changed.flow.edges.find((e) => e.id === 'e-s5-stap-1-s5-stap-2')!;
    edge.target = 'nieuw';
    changed.flow.edges.push({ id: 'e-nieuw', source: 'nieuw', target: 's5-stap-2' });
    const places = nodePlaces(changed);
    expect(places.get('nieuw')?.label.nl).toBe('Scenario 5, stap 2');
    expect(places.get('s5-stap-2')?.label.nl).toBe('Scenario 5, stap 3');
    expect(places.get('s5-stap-4')?.label.nl).toBe('Scenario 5, stap 5');
  });

  it('does not follow arrows that lead back, and names unknown ids by themselves', () => {
    // s2-stap-8 has return arrows to scenarios 1, 3 and 4: they do not make it a step of those.
    expect(nodePlace(card, 's2-stap-8')?.scenarioId).toBe('scenario-2');
    expect(nodePlace(card, 'bestaat-niet')).toBeUndefined();
    expect(describeNode(card, 'bestaat-niet').nl).toBe('bestaat-niet');
  });

  it('uses the severity when a scenario has no title', () => {
    const untitled = minimalCard();
    expect(describeNode(untitled, 'stap').nl).toBe('Scenario 5, stap 1');
  });
});
