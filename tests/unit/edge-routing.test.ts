// The studio's arrow routing, with the real libavoid in Node: a card without
// routes gets clean orthogonal routes; moving a box re-routes only the arrows
// it disturbs, in the same undo step as the move; inserting a step into an
// arrow keeps one chain and makes room.
import { beforeAll, describe, expect, it } from 'vitest';
import { drawingCounts, drawingIssues } from '../../schema/layout/drawing-check';
import { routeFits } from '../../schema/layout/edge-geometry';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { planInsert } from '../../editor/canvas/insert-on-edge';
import { loadAvoid, type RouteFn } from '../../editor/canvas/routing/avoid';
import { affectedEdges } from '../../editor/canvas/routing/affected';
import { cardBoxes, routeCard } from '../../editor/canvas/routing/route-card';
import { rerouteFollowUp, setRouter } from '../../editor/canvas/routing/routing';
import { insertIntoEdge, setRoutes } from '../../editor/state/commands/edge-commands';
import { moveNodes } from '../../editor/state/commands/flow-commands';
import { DocumentStore } from '../../editor/state/document-store';
import { generateCard } from '../../bench/generate-card';
import { readRepoFile, sampleCard } from './helpers';

const ZERO = { 'label-on-box': 0, 'label-on-label': 0, 'arrow-through-box': 0, 'box-on-box': 0 };
let route: RouteFn;

beforeAll(async () => {
  route = await loadAvoid();
  setRouter(route);
});

function v1Card(): Card {
  const result = loadCard(readRepoFile('tests/fixtures/migrations/v1-zuid-oost-vlaanderen.json'));
  if (!result.ok) throw new Error('fixture');
  return result.card;
}

function storeWith(card: Card): DocumentStore {
  const store = new DocumentStore();
  store.load('kaart', card);
  store.setFollowUp(rerouteFollowUp);
  return store;
}

const orthogonal = (points: [number, number][]) =>
  points.slice(1).every((p, i) => p[0] === points[i]![0] || p[1] === points[i]![1]);

describe('routing a card', () => {
  it('routes every arrow of a card that has none: orthogonal, on its boxes, clean', () => {
    const card = v1Card();
    const routes = routeCard(card, route);
    expect(routes.size).toBe(card.flow.edges.length);
    const boxes = cardBoxes(card);
    for (const edge of card.flow.edges) {
      const r = routes.get(edge.id)!;
      expect(orthogonal(r.points), edge.id).toBe(true);
      expect(routeFits(r, boxes.get(edge.source)!, boxes.get(edge.target)!), edge.id).toBe(true);
      expect(!!r.label).toBe(!!edge.label);
      edge.route = r;
    }
    expect(drawingCounts(drawingIssues(card))).toEqual(ZERO);
  });

  it('"Pijlen opnieuw leggen" is one undoable step', () => {
    const store = storeWith(v1Card());
    const card = store.getState()!.card;
    const routes = Object.fromEntries(routeCard(card, route));
    expect(
      store.execute(setRoutes, { routes, ids: card.flow.edges.map((e) => e.id) }).applied,
    ).toBe(true);
    expect(store.getState()!.card.flow.edges.every((e) => e.route)).toBe(true);
    store.undo();
    expect(store.getState()!.card.flow.edges.some((e) => e.route)).toBe(false);
  });
});

describe('re-routing after an edit', () => {
  it('a move re-routes the arrows of the moved box, and those it now lies on, in the same step', () => {
    const store = storeWith(sampleCard());
    const before = store.getState()!.card;
    // Scenario 3's last step moves down its column, onto the return arrow to scenario 4.
    const position = { x: 616, y: 890 };
    store.execute(moveNodes, { moves: [{ id: 's3-stap-3', position }] });
    const after = store.getState()!;
    expect(after.past).toHaveLength(1);
    const changed = after.card.flow.edges.filter((e, i) => e !== before.flow.edges[i]);
    const ids = changed.map((e) => e.id).sort();
    expect(ids).toContain('e-s3-stap-2-s3-stap-3');
    expect(ids).toContain('e-s3-stap-3-continue-dialoog');
    expect(ids).toContain('e-s2-stap-8-scenario-4');
    expect(ids.length).toBeLessThan(8);
    expect(drawingCounts(drawingIssues(after.card))['arrow-through-box']).toBe(0);
    const boxes = cardBoxes(after.card);
    for (const e of changed)
      expect(routeFits(e.route, boxes.get(e.source)!, boxes.get(e.target)!)).toBe(true);
    // Undo puts back the box and its arrows in one go.
    store.undo();
    expect(store.getState()!.card.flow.edges).toEqual(before.flow.edges);
  });

  it('a box dropped onto others on a large card is re-routed near it, never with every box', () => {
    const card = generateCard({ nodes: 5000 });
    const node = card.flow.nodes.filter((n) => n.kind === 'step')[37]!;
    const moved = structuredClone(card);
    const position = { x: node.position.x + 300, y: node.position.y + 150 };
    moved.flow.nodes.find((n) => n.id === node.id)!.position = position;
    const shapes: number[] = [];
    const counting: RouteFn = (task) => {
      shapes.push(task.shapes.length);
      return route(task);
    };
    const asked = affectedEdges(card, moved);
    const routes = routeCard(moved, counting, asked);
    // A box the router had and still crossed (the one under the dropped box) no wider
    // neighbourhood avoids: widening to the whole card took a second here.
    expect(Math.max(...shapes)).toBeLessThan(500);
    const boxes = cardBoxes(moved);
    for (const [id, r] of routes) {
      const edge = moved.flow.edges.find((e) => e.id === id)!;
      expect(routeFits(r, boxes.get(edge.source)!, boxes.get(edge.target)!)).toBe(true);
    }
    expect([...asked].every((id) => routes.has(id))).toBe(true);
  });

  it('finds the arrows an edit disturbs, and none for an edit of the directory', () => {
    const card = sampleCard();
    const moved = structuredClone(card);
    moved.flow.nodes.find((n) => n.id === 's1-stap-3')!.position.x += 10;
    const ids = [...affectedEdges(card, moved)].sort();
    expect(ids).toEqual(['e-s1-stap-2-s1-stap-3', 'e-s1-stap-3-s1-stap-4']);
    const renamed = { ...card, title: 'Andere titel' };
    expect(affectedEdges(card, renamed).size).toBe(0);
  });

  it('a step inserted into an arrow keeps one chain, makes room below and stays clean', () => {
    const store = storeWith(sampleCard());
    const card = store.getState()!.card;
    const plan = planInsert(card, 'e-s1-stap-2-s1-stap-3', 'Nieuwe stap')!;
    expect(plan.shifts.map((s) => s.id)).toEqual(
      expect.arrayContaining(['s1-stap-3', 's1-stap-4', 's1-stap-5', 'continue-dialoog']),
    );
    store.execute(insertIntoEdge, plan);
    const after = store.getState()!.card;
    const id = plan.node.id;
    expect(after.flow.edges.filter((e) => e.target === 's1-stap-3').map((e) => e.source)).toEqual([
      id,
    ]);
    expect(after.flow.edges.find((e) => e.id === 'e-s1-stap-2-s1-stap-3')!.target).toBe(id);
    expect(drawingCounts(drawingIssues(after))).toEqual(ZERO);
    expect(store.getState()!.past).toHaveLength(1);
  });
});
