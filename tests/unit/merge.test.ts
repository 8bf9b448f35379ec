import { describe, expect, it } from 'vitest';
import { contentHash } from '../../schema/hash';
import { cardProblems, loadCardValue } from '../../schema/load/load-card';
import {
  baseUpdateChanges,
  deriveRegionalCard,
  mergeBaseUpdate,
  previewResolution,
  resolveConflicts,
} from '../../schema/merge';
import type { Card } from '../../schema/types';
import { minimalCard, NOW } from './helpers';
import {
  ADDED_STEP,
  newerBase,
  regionalCard,
  REGION_PARTNERS,
  REWORDED,
  sampleCard,
} from './regional-scenario';

const LATER = new Date('2027-02-01T09:00:00Z');
const node = (card: Card, id: string) => card.flow.nodes.find((n) => n.id === id)!;
const errorsOf = (card: Card) =>
  cardProblems(card, { now: LATER }).filter((p) => p.severity === 'error');

describe('deriveRegionalCard', () => {
  it('makes a card for another region with the flow, roles and empty sections of the base', async () => {
    const base = sampleCard();
    const frozen = JSON.stringify(base);
    const card = await deriveRegionalCard(base, {
      id: 'kindreflex-gent',
      region: { name: 'Regio Gent', municipalities: ['Gent', 'Merelbeke'] },
      now: NOW,
    });
    expect(JSON.stringify(base)).toBe(frozen);
    expect(card).toMatchObject({
      id: 'kindreflex-gent',
      title: base.title,
      subtitle: 'Regio Gent',
      regions: [{ id: 'regio-gent', name: 'Regio Gent', municipalities: ['Gent', 'Merelbeke'] }],
      flow: base.flow,
      roles: base.roles,
      resources: base.resources,
    });
    expect(card.directory.partners).toEqual([]);
    expect(card.directory.sections.map((s) => [s.id, s.title, s.entries])).toEqual(
      base.directory.sections.map((s) => [s.id, s.title, []]),
    );
    expect(card.release).toBeUndefined();
    expect(card.origin).toEqual({
      cardId: base.id,
      title: base.title,
      hash: await contentHash(base),
      takenAt: NOW.toISOString(),
      base: { flow: base.flow, roles: base.roles },
    });
    expect(card.origin!.base!.flow).not.toBe(card.flow);
  });

  it('gives a card that loads, whose only warnings are the roles still to fill', async () => {
    const card = await deriveRegionalCard(sampleCard(), {
      id: 'x',
      region: { name: 'X' },
      now: NOW,
    });
    const problems = cardProblems(card, { now: NOW });
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['role-unfilled']));
  });

  it('records the version of a published base', async () => {
    const base = {
      ...sampleCard(),
      release: { version: '2026.2', publishedAt: NOW.toISOString(), hash: 'ab'.repeat(32) },
    };
    const card = await deriveRegionalCard(base, { id: 'x', region: { id: 'r', name: 'R' } });
    expect(card.origin?.version).toBe('2026.2');
    expect(card.regions[0]!.id).toBe('r');
  });

  it('records where the base is published, and keeps that address through a base update', async () => {
    const base = sampleCard();
    const baseUrl = 'https://kaarten.example.be/k/zuid-oost-vlaanderen/kindreflex-zov/';
    const card = await deriveRegionalCard(base, { id: 'x', region: { name: 'R' }, baseUrl });
    expect(card.origin?.url).toBe(baseUrl);
    expect(cardProblems(card, { now: NOW }).filter((p) => p.severity === 'error')).toEqual([]);
    const updated = await mergeBaseUpdate(card, newerBase(base), { now: LATER });
    expect(updated.card.origin?.url).toBe(baseUrl);
    expect(updated.card.origin?.hash).toBe(await contentHash(newerBase(base)));
  });

  it('refuses an origin address that is not a web address', async () => {
    const card = await deriveRegionalCard(sampleCard(), {
      id: 'x',
      region: { name: 'R' },
      baseUrl: 'javascript:alert(1)',
    });
    const loaded = loadCardValue(card, { now: NOW });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems.map((p) => p.pointer)).toContain('/origin/url');
  });
});

describe('mergeBaseUpdate: the regional scenario', () => {
  it('takes the reworded and the added step, keeps the region’s own contacts and nothing of the old region', async () => {
    const base = sampleCard();
    const regional = await regionalCard(base);
    regional.flow.nodes.find((n) => n.id === 's4-stap-2')!.text =
      'Consulteer het CLB van de school.';
    const update = newerBase(base);
    // The base's own directory changed too: none of that may reach the region.
    update.directory.partners[0]!.phones = [{ number: '09 111 22 33' }];

    const result = await mergeBaseUpdate(regional, update, { now: LATER });

    expect(result.conflicts).toEqual([]);
    const card = result.card;
    expect(node(card, 's3-stap-2').text).toBe(REWORDED);
    expect(node(card, 's5-veilige-plek').text).toBe(ADDED_STEP);
    expect(node(card, 's4-stap-2').text).toBe('Consulteer het CLB van de school.');
    expect(card.flow.edges.find((e) => e.id === 'e-s5-stap-1-s5-stap-2')?.target).toBe(
      's5-veilige-plek',
    );
    expect(card.directory.partners).toEqual(REGION_PARTNERS);
    expect(card.directory).toEqual(regional.directory);
    expect(card.regions).toEqual(regional.regions);
    expect(card.id).toBe('kindreflex-brugge');
    const directoryText = JSON.stringify(card.directory);
    for (const old of base.directory.partners) {
      expect(directoryText).not.toContain(`"${old.id}"`);
      for (const phone of old.phones ?? []) expect(directoryText).not.toContain(phone.number);
    }
    expect(errorsOf(card)).toEqual([]);
    expect(card.origin).toMatchObject({
      cardId: base.id,
      version: '2027.1',
      hash: await contentHash(update),
      takenAt: LATER.toISOString(),
    });
    expect(card.origin!.base).toEqual({ flow: update.flow, roles: update.roles });
    expect(result.changes.map((c) => c.message.nl)).toContain(
      `Stap toegevoegd in Scenario 5 (stap 2): „${ADDED_STEP}”`,
    );
  });

  it('shows what is new in the base before the update is taken', async () => {
    const base = sampleCard();
    const regional = await regionalCard(base);
    regional.flow.nodes.find((n) => n.id === 'tip')!.text = 'Een eigen tip.';
    const changes = baseUpdateChanges(regional, newerBase(base));
    expect(changes.map((c) => [c.kind, c.ids[0]])).toEqual([
      ['node-added', 's5-veilige-plek'],
      ['node-changed', 's3-stap-2'],
      ['edge-added', 'e-s5-veilige-plek-s5-stap-2'],
      ['edge-changed', 'e-s5-stap-1-s5-stap-2'],
    ]);
  });

  it('changes nothing when the base is the one the region took', async () => {
    const base = sampleCard();
    const regional = await regionalCard(base);
    const result = await mergeBaseUpdate(regional, base, { now: LATER });
    expect(result.card).toEqual(regional);
    expect(result.changes).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });

  it('does not change its inputs', async () => {
    const base = sampleCard();
    const regional = await regionalCard(base);
    const update = newerBase(base);
    const [r, u] = [JSON.stringify(regional), JSON.stringify(update)];
    const result = await mergeBaseUpdate(regional, update);
    resolveConflicts(result, {});
    expect([JSON.stringify(regional), JSON.stringify(update)]).toEqual([r, u]);
  });
});

describe('mergeBaseUpdate: conflicts', () => {
  async function setUp(local: (c: Card) => void, remote: (c: Card) => void) {
    const base = sampleCard();
    const regional = await regionalCard(base);
    local(regional);
    const update = structuredClone(base);
    remote(update);
    return { regional, update, result: await mergeBaseUpdate(regional, update, { now: LATER }) };
  }

  it('asks which wording to keep when both reworded the same step', async () => {
    const { result } = await setUp(
      (c) => (node(c, 's3-stap-2').text = 'Tekst van de regio.'),
      (c) => (node(c, 's3-stap-2').text = 'Tekst van de basis.'),
    );
    expect(result.conflicts).toHaveLength(1);
    const conflict = result.conflicts[0]!;
    expect(conflict).toMatchObject({
      id: 'node:s3-stap-2:text',
      kind: 'both-changed',
      entity: 'node',
      entityId: 's3-stap-2',
      field: 'text',
      regional: 'Tekst van de regio.',
      newBase: 'Tekst van de basis.',
      chosen: 'regional',
    });
    expect(conflict.message.nl).toBe(
      'Scenario 3, stap 2: de regio en de nieuwe basiskaart wijzigden allebei de tekst. ' +
        'Regio: „Tekst van de regio.”; basiskaart: „Tekst van de basis.”.',
    );
    expect(conflict.options.newBase.nl).toBe('De versie van de basiskaart overnemen');
    expect(node(result.card, 's3-stap-2').text).toBe('Tekst van de regio.');
    const chosen = resolveConflicts(result, { [conflict.id]: 'newBase' });
    expect(node(chosen, 's3-stap-2').text).toBe('Tekst van de basis.');
    expect(previewResolution(result, { [conflict.id]: 'newBase' }).conflicts[0]?.chosen).toBe(
      'newBase',
    );
  });

  it('names an arrow by its ends in a conflict', async () => {
    const label = (text: string) => (c: Card) =>
      (c.flow.edges.find((e) => e.id === 'e-s5-stap-4-scenario-3')!.label = text);
    const { result } = await setUp(label('Veilig thuis'), label('Thuis is het veilig'));
    expect(result.conflicts.map((c) => c.message.nl)).toEqual([
      'De pijl van Scenario 5, stap 4 naar Scenario 3: de regio en de nieuwe basiskaart wijzigden ' +
        'allebei het label. Regio: „Veilig thuis”; basiskaart: „Thuis is het veilig”.',
    ]);
  });

  it('takes the same change made on both sides without asking', async () => {
    const same = (c: Card) => (node(c, 's3-stap-2').text = 'Dezelfde tekst.');
    const { result } = await setUp(same, same);
    expect(result.conflicts).toEqual([]);
    expect(node(result.card, 's3-stap-2').text).toBe('Dezelfde tekst.');
  });

  it('merges different fields of one step changed on each side', async () => {
    const { result } = await setUp(
      (c) => (node(c, 's4-stap-3').roles = ['vk']),
      (c) => (node(c, 's4-stap-3').text = 'Contacteer het VK.'),
    );
    expect(result.conflicts).toEqual([]);
    expect(node(result.card, 's4-stap-3')).toMatchObject({
      roles: ['vk'],
      text: 'Contacteer het VK.',
    });
  });

  it('takes the base’s layout unless the region moved the node itself', async () => {
    const { result } = await setUp(
      (c) => (node(c, 's1-stap-1').position = { x: 5, y: 5 }),
      (c) => {
        node(c, 's1-stap-1').position = { x: 9, y: 9 };
        node(c, 's1-stap-2').position = { x: 7, y: 7 };
      },
    );
    expect(result.conflicts).toEqual([]);
    expect(node(result.card, 's1-stap-1').position).toEqual({ x: 5, y: 5 });
    expect(node(result.card, 's1-stap-2').position).toEqual({ x: 7, y: 7 });
  });

  it('asks when the base removed a step the region changed', async () => {
    const remove = (c: Card) => {
      c.flow.nodes = c.flow.nodes.filter((n) => n.id !== 's3-stap-3');
      c.flow.edges = c.flow.edges.filter((e) => !e.id.includes('s3-stap-3'));
      c.flow.edges.push({ id: 'e-s3-end', source: 's3-stap-2', target: 'continue-dialoog' });
    };
    const { result } = await setUp((c) => (node(c, 's3-stap-3').text = 'Noteer alles.'), remove);
    expect(result.conflicts.map((c) => [c.id, c.kind])).toEqual([
      ['node:s3-stap-3', 'deleted-in-base'],
    ]);
    expect(result.conflicts[0]!.message.nl).toBe(
      'Scenario 3, stap 3 is verwijderd in de nieuwe basiskaart, maar de regio heeft dit vak aangepast.',
    );
    expect(node(result.card, 's3-stap-3').text).toBe('Noteer alles.');
    expect(errorsOf(result.card)).toEqual([]);
    const removed = resolveConflicts(result, { 'node:s3-stap-3': 'newBase' });
    expect(removed.flow.nodes.some((n) => n.id === 's3-stap-3')).toBe(false);
    expect(errorsOf(removed)).toEqual([]);
  });

  it('asks when the region removed a step the base changed', async () => {
    const { result } = await setUp(
      (c) => {
        c.flow.nodes = c.flow.nodes.filter((n) => n.id !== 's1-stap-5');
        c.flow.edges = c.flow.edges.filter((e) => !e.id.includes('s1-stap-5'));
        c.flow.edges.push({ id: 'e-s1-end', source: 's1-stap-4', target: 'continue-dialoog' });
      },
      (c) => (node(c, 's1-stap-5').text = 'Laat niet los.'),
    );
    expect(result.conflicts.map((c) => [c.id, c.kind])).toEqual([
      ['node:s1-stap-5', 'deleted-in-region'],
    ]);
    expect(result.card.flow.nodes.some((n) => n.id === 's1-stap-5')).toBe(false);
    expect(errorsOf(result.card)).toEqual([]);
    const back = resolveConflicts(result, { 'node:s1-stap-5': 'newBase' });
    expect(node(back, 's1-stap-5').text).toBe('Laat niet los.');
  });

  it('keeps a node the base removed while a new arrow of the region leads to it, or drops both', async () => {
    const { result } = await setUp(
      (c) =>
        c.flow.edges.push({
          id: 'e-eigen',
          source: 's4-stap-4',
          target: 's4-stap-1',
          kind: 'return',
        }),
      (c) => {
        c.flow.nodes = c.flow.nodes.filter((n) => n.id !== 's4-stap-1');
        c.flow.edges = c.flow.edges.filter((e) => !e.id.includes('s4-stap-1'));
        c.flow.edges.push({ id: 'e-s4', source: 'scenario-4', target: 's4-stap-2' });
      },
    );
    expect(result.conflicts.map((c) => [c.id, c.kind, c.deletedBy, c.usedBy])).toEqual([
      ['node:s4-stap-1:still-used', 'still-used', 'newBase', ['e-eigen']],
    ]);
    expect(result.conflicts[0]!.message.nl).toBe(
      'Scenario 4, stap 1 is verwijderd in de nieuwe basiskaart, maar in de regio verwijst er nog een pijl naar.',
    );
    expect(node(result.card, 's4-stap-1')).toBeDefined();
    expect(errorsOf(result.card).filter((p) => p.code === 'edge-missing-node')).toEqual([]);
    const dropped = resolveConflicts(result, { 'node:s4-stap-1:still-used': 'newBase' });
    expect(dropped.flow.nodes.some((n) => n.id === 's4-stap-1')).toBe(false);
    expect(dropped.flow.edges.some((e) => e.id === 'e-eigen')).toBe(false);
    expect(errorsOf(dropped)).toEqual([]);
  });

  it('drops the base’s new arrows to a node the region removed, unless the user brings it back', async () => {
    const { result } = await setUp(
      (c) => {
        c.flow.nodes = c.flow.nodes.filter((n) => n.id !== 'tip');
      },
      (c) => c.flow.edges.push({ id: 'e-tip', source: 'tip', target: 'gesprek' }),
    );
    expect(result.conflicts.map((c) => [c.id, c.deletedBy])).toEqual([
      ['node:tip:still-used', 'regional'],
    ]);
    expect(result.card.flow.edges.some((e) => e.id === 'e-tip')).toBe(false);
    const back = resolveConflicts(result, { 'node:tip:still-used': 'newBase' });
    expect(back.flow.nodes.some((n) => n.id === 'tip')).toBe(true);
    expect(back.flow.edges.some((e) => e.id === 'e-tip')).toBe(true);
  });

  it('brings new roles of the base, and keeps a role the region’s partners fill', async () => {
    const { result } = await setUp(
      () => {},
      (c) => {
        c.roles = c.roles.filter((r) => r.id !== 'ocj');
        for (const n of c.flow.nodes) if (n.roles) n.roles = n.roles.filter((r) => r !== 'ocj');
        c.roles.push({ id: 'huisarts', name: 'de huisarts' });
        node(c, 's1-stap-4').roles = ['kind-en-gezin', 'huisarts'];
      },
    );
    expect(result.card.roles.map((r) => r.id)).toContain('huisarts');
    expect(result.conflicts.map((c) => [c.id, c.usedBy])).toEqual([
      ['role:ocj:still-used', ['ocj-west']],
    ]);
    expect(result.card.roles.some((r) => r.id === 'ocj')).toBe(true);
    const problems = cardProblems(result.card, { now: LATER });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(
      problems.some((p) => p.code === 'role-unfilled' && p.message.nl.includes('de huisarts')),
    ).toBe(true);
  });

  it('without an ancestor, keeps both sides and asks about every difference', async () => {
    const regional = minimalCard();
    const update = structuredClone(regional);
    node(update, 'stap').text = 'Bel de politie.';
    update.flow.nodes.push({ id: 'extra', kind: 'note', text: 'Nota.', position: { x: 0, y: 0 } });
    const result = await mergeBaseUpdate(regional, update);
    expect(result.conflicts.map((c) => c.id)).toEqual(['node:stap:text']);
    expect(result.card.flow.nodes.some((n) => n.id === 'extra')).toBe(true);
    expect(result.card.origin?.cardId).toBe('minimal');
  });
});
