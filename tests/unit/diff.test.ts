import { describe, expect, it } from 'vitest';
import { diffCards, isLayoutChange, summarizeDiff, type Change } from '../../schema/diff';
import { contentHash } from '../../schema/hash';
import type { Card } from '../../schema/types';
import { sampleCard } from './regional-scenario';

const base = sampleCard();
const edit = (change: (card: Card) => void): Card => {
  const card = structuredClone(base);
  change(card);
  return card;
};
const node = (card: Card, id: string) => card.flow.nodes.find((n) => n.id === id)!;
const partner = (card: Card, id: string) => card.directory.partners.find((p) => p.id === id)!;
const messages = (changes: Change[]) => changes.map((c) => c.message.nl);

describe('diffCards', () => {
  it('finds nothing between a card and itself, whatever $schema and release say', () => {
    expect(diffCards(base, structuredClone(base))).toEqual([]);
    const published = edit((c) => {
      delete c.$schema;
      c.release = { version: '1', publishedAt: '2026-11-28T10:00:00Z', hash: 'abcdef12' };
    });
    expect(diffCards(base, published)).toEqual([]);
  });

  it('says which step was reworded, by its place, with both texts', () => {
    const changes = diffCards(
      base,
      edit((c) => (node(c, 's3-stap-2').text = 'Betrek het netwerk.')),
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'node-changed',
      area: 'flow',
      ids: ['s3-stap-2'],
      field: 'text',
      after: 'Betrek het netwerk.',
      pointer: '/flow/nodes/24/text',
      layout: false,
      nodeKind: 'step',
    });
    expect(changes[0]!.message.nl).toBe(
      'Scenario 3, stap 2 herschreven: „Betrek het netwerk en externe partners indien nodig. ' +
        'Bespreek regelmatig met ouders en blijf alert voor verontrustende signalen.” → „Betrek het netwerk.”',
    );
    expect(changes[0]!.message.en).toMatch(/^Scenario 3, step 2 reworded: “Betrek/);
  });

  it('describes an added step and its arrows by their place in the newer card', () => {
    const newer = edit((c) => {
      c.flow.nodes.push({ id: 'n', kind: 'step', text: 'Bel 112.', position: { x: 0, y: 0 } });
      c.flow.edges.find((e) => e.id === 'e-s5-stap-1-s5-stap-2')!.target = 'n';
      c.flow.edges.push({ id: 'e-n', source: 'n', target: 's5-stap-2' });
    });
    expect(messages(diffCards(base, newer))).toEqual([
      'Stap toegevoegd in Scenario 5 (stap 2): „Bel 112.”',
      'Pijl van Scenario 5, stap 2 naar Scenario 5, stap 3 toegevoegd',
      'Pijl van Scenario 5, stap 1 („Herstel de veiligheid.”) naar Scenario 5, stap 2 („Betrek het PARKET en/of POLITIE.”) verlegd: ' +
        'nu van Scenario 5, stap 1 („Herstel de veiligheid.”) naar Scenario 5, stap 2 („Bel 112.”)',
    ]);
  });

  it('describes a removed step and arrow by their place in the older card', () => {
    const newer = edit((c) => {
      c.flow.nodes = c.flow.nodes.filter((n) => n.id !== 's3-stap-3');
      c.flow.edges = c.flow.edges.filter((e) => !e.id.includes('s3-stap-3'));
      c.flow.edges.push({ id: 'x', source: 's3-stap-2', target: 'continue-dialoog' });
    });
    const changes = diffCards(base, newer);
    expect(messages(changes)).toContain(
      'Stap verwijderd uit Scenario 3 (was stap 3): „Noteer de voortgang in het cliëntdossier.”',
    );
    expect(messages(changes)).toContain(
      'Pijl van Scenario 3, stap 2 naar Scenario 3, stap 3 verwijderd',
    );
    expect(changes.find((c) => c.kind === 'node-removed')?.before).toMatchObject({
      id: 's3-stap-3',
    });
  });

  it('keeps moves apart as layout, so a summary can count them', () => {
    const newer = edit((c) => {
      for (const id of ['s1-stap-1', 's1-stap-2', 's1-stap-3']) node(c, id).position.y += 10;
      node(c, 's1-stap-4').width = 320;
      c.flow.edges[2]!.sourceHandle = 'bottom';
      node(c, 'tip').text = 'Bespreek het.';
    });
    const changes = diffCards(base, newer);
    expect(changes.filter(isLayoutChange).map((c) => c.kind)).toEqual([
      'node-moved',
      'node-moved',
      'node-moved',
      'node-resized',
      'edge-rerouted',
    ]);
    expect(summarizeDiff(changes).nl).toBe(
      '1 knoop gewijzigd, 3 knopen verplaatst, 1 knoop breder of smaller gemaakt, 1 pijl anders aangesloten.',
    );
  });

  it('names a partner by the role it alone fills, else by its organisation', () => {
    const newer = edit((c) => {
      partner(c, 'vck-oost-vlaanderen').phones = [{ number: '09 216 73 31' }];
      partner(c, 'go-clb').email = 'clb@example.be';
      partner(c, 'fara').lastChecked = '2026-11-01';
    });
    // In the order of the directory.
    expect(messages(diffCards(base, newer))).toEqual([
      'Datum van laatste controle van Fara gewijzigd van 2021-07-01 naar 2026-11-01',
      'E-mailadres van GO! CLB toegevoegd: clb@example.be',
      'Telefoonnummer van het VK gewijzigd van 09 216 73 30 naar 09 216 73 31',
    ]);
  });

  it('lists partners and section entries added and removed', () => {
    const newer = edit((c) => {
      c.directory.partners = c.directory.partners.filter((p) => p.id !== 'echo');
      c.directory.sections[0]!.entries = c.directory.sections[0]!.entries.filter(
        (e) => e.partner !== 'echo',
      );
      c.directory.partners.push({ id: 'huis', organisation: 'Huis van het Kind', roles: ['clb'] });
      c.directory.sections[0]!.entries.push({ partner: 'huis', wayIn: 'brede-instap' });
      c.directory.sections[1]!.entries[0]!.wayIn = 'consult';
    });
    expect(messages(diffCards(base, newer))).toEqual([
      'Partner Huis van het Kind toegevoegd (rollen: het CLB)',
      'Partner Echo verwijderd',
      'Huis van het Kind toegevoegd aan sectie „Ondersteuning voor ouders”',
      'Echo verwijderd uit sectie „Ondersteuning voor ouders”',
      'Toegangsweg van Regioteam Kind & Gezin in sectie „Partners en consult voor professionals” gewijzigd van brede instap naar consult',
    ]);
  });

  it('reports roles, regions, resources, card data and fields it does not know', () => {
    const newer = edit((c) => {
      c.title = 'Kindreflex';
      c.flow.title = 'Stroomschema';
      c['x-kleur'] = 'blauw';
      c.roles.push({ id: 'huisarts', name: 'de huisarts' });
      c.roles[1]!.name = 'het CLB van de school';
      c.regions[0]!.municipalities = [...c.regions[0]!.municipalities!, 'Gavere'];
      c.resources = c.resources!.slice(1);
      node(c, 'gesprek')['kleur'] = 'rood';
    });
    const changes = diffCards(base, newer);
    expect(messages(changes)).toEqual([
      'Titel van de kaart gewijzigd van „Kindreflex steekkaart” naar „Kindreflex”',
      'Titel van het stroomschema gewijzigd van „KINDREFLEX Flowchart” naar „Stroomschema”',
      'Veld „x-kleur” van de kaart toegevoegd: blauw',
      'Veld „kleur” van Stam, stap 1 toegevoegd: rood',
      'Rol „de huisarts” toegevoegd',
      'Rol „het CLB” hernoemd naar „het CLB van de school”',
      'Gemeenten van regio „Zuid-Oost-Vlaanderen” gewijzigd: Gavere toegevoegd',
      'Bron „Familiereflex” verwijderd',
    ]);
    expect(changes.map((c) => c.area)).toEqual([
      'card',
      'card',
      'card',
      'flow',
      'roles',
      'roles',
      'regions',
      'resources',
    ]);
    expect(changes[1]!.pointer).toBe('/flow/title');
  });

  it('gives every change an English sentence too', () => {
    const newer = edit((c) => {
      node(c, 's4-stap-3').roles = ['vk'];
      partner(c, 'rtj-de-tafels').phones = [];
    });
    expect(diffCards(base, newer).map((c) => c.message.en)).toEqual([
      'Roles of Scenario 4, step 3 changed: het OCJ removed',
      'Phone number of RTJ De Tafels removed (was 09 376 70 58)',
    ]);
  });

  it('does not change the cards it compares', () => {
    const a = structuredClone(base);
    const b = edit((c) => (node(c, 'gesprek').text = 'Anders.'));
    const [ta, tb] = [JSON.stringify(a), JSON.stringify(b)];
    diffCards(a, b);
    expect([JSON.stringify(a), JSON.stringify(b)]).toEqual([ta, tb]);
  });

  it('has no changes exactly when the content hashes are equal, for a few edits', async () => {
    const edits: ((c: Card) => void)[] = [
      () => {},
      (c) => (c.$schema = 'elders.json'),
      (c) => (node(c, 'tip').title = 'Tip'),
      (c) => c.directory.sections[2]!.entries.reverse(),
    ];
    for (const change of edits) {
      const newer = edit(change);
      const same = (await contentHash(base)) === (await contentHash(newer));
      expect(diffCards(base, newer).length === 0).toBe(same);
    }
  });
});

describe('summarizeDiff', () => {
  it('says there are no changes', () => {
    expect(summarizeDiff([])).toEqual({ nl: 'Geen wijzigingen.', en: 'No changes.' });
  });

  it('counts items once, however many of their fields changed', () => {
    const newer = edit((c) => {
      node(c, 's3-stap-2').text = 'Anders.';
      node(c, 's3-stap-2').roles = ['clb'];
      node(c, 's3-stap-3').roles = ['clb'];
      partner(c, 'fara').website = 'https://fara.be/';
      partner(c, 'fara').lastChecked = '2026-11-01';
      c.directory.partners.push({ id: 'p', organisation: 'P' });
    });
    expect(summarizeDiff(diffCards(base, newer))).toEqual({
      nl: '1 stap herschreven, 1 stap gewijzigd, 1 partner toegevoegd, 1 partner gewijzigd.',
      en: '1 step reworded, 1 step changed, 1 partner added, 1 partner changed.',
    });
  });
});
