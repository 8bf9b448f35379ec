// What the canvas can do to the open card, in one place, so the toolbar, the
// keyboard, the clipboard and the inspector's selection summary all behave the
// same. Framework-free: the canvas passes in where its viewport is.
import type { LocalizedText } from '../../schema/problems';
import {
  ANNOTATION_KINDS,
  type Card,
  type FlowNode,
  type NodeKind,
  type Position,
} from '../../schema/types';
import { notify } from '../app/notices';
import { requestReveal, type Studio } from '../app/studio';
import { language, translate } from '../i18n/i18n';
import { addConnectedNode, nudgeNodes } from '../state/commands/canvas-commands';
import { applyLayout, deleteElements, insertFragment } from '../state/commands/flow-commands';
import { newId } from '../state/ids';
import { canvasTexts } from './canvas-texts';
import { cachedLayout } from './flow-elements';
import { hits, nodeRect, type Rect } from './insert-on-edge';
import { copyForInsert, fragmentOf, fragmentOrigin, serializeFragment } from './fragment';

export const GRID = 10;
const snap = (v: number) => Math.round(v / GRID) * GRID;

/** Where the canvas looks, in flow coordinates; null when it is not shown. */
export type ViewportCentre = () => Position | null;

const DEFAULT_CONTENT: Record<NodeKind, { nl: Partial<FlowNode>; en: Partial<FlowNode> }> = {
  start: { nl: { title: 'START' }, en: { title: 'START' } },
  step: { nl: { text: 'Nieuwe stap' }, en: { text: 'New step' } },
  prompts: {
    nl: { title: 'Gespreksvragen', items: ['Nieuwe vraag?'] },
    en: { title: 'Conversation prompts', items: ['New question?'] },
  },
  assessment: {
    nl: {
      text: 'Maak een inschatting van',
      criteria: [{ id: 'criterium-1', text: 'Nieuw criterium' }],
    },
    en: { text: 'Estimate', criteria: [{ id: 'criterion-1', text: 'New criterion' }] },
  },
  scenario: {
    nl: { title: 'Scenario', text: 'Beschrijf de situatie', severity: 3 },
    en: { title: 'Scenario', text: 'Describe the situation', severity: 3 },
  },
  end: { nl: { text: 'Continue dialoog' }, en: { text: 'Ongoing dialogue' } },
  note: { nl: { text: 'Notitie' }, en: { text: 'Note' } },
  tip: { nl: { title: 'TIP', text: 'Nieuwe tip' }, en: { title: 'TIP', text: 'New tip' } },
};

/** Moves a new box down until it covers no other box, with room to spare. */
function freeSpot(card: Card, box: Rect): Position {
  const others = card.flow.nodes.map((n) => nodeRect(n));
  const spot = { ...box };
  for (let i = 0; i < 200 && others.some((o) => hits(o, spot, GRID * 2)); i++) spot.y += GRID * 2;
  return { x: snap(spot.x), y: snap(spot.y) };
}

function selectedNodes(studio: Studio, card: Card): FlowNode[] {
  const ids = new Set(studio.selection.get().nodeIds);
  return card.flow.nodes.filter((n) => ids.has(n.id));
}

const canLeadOn = (node: FlowNode, kind: NodeKind) =>
  node.kind !== 'end' &&
  !ANNOTATION_KINDS.has(node.kind) &&
  !ANNOTATION_KINDS.has(kind) &&
  kind !== 'start';

/**
 * Adds a node of a kind: under the one selected node and connected from it when
 * the flow can go on from there, else in the middle of the view. Returns its id.
 */
export function addNodeOfKind(
  studio: Studio,
  kind: NodeKind,
  centre: ViewportCentre,
): string | null {
  const card = studio.store.getState()?.card;
  if (!card) return null;
  const taken = (id: string) =>
    card.flow.nodes.some((n) => n.id === id) || card.flow.edges.some((e) => e.id === id);
  const content = DEFAULT_CONTENT[kind][card.language === 'en' ? 'en' : 'nl'];
  const draft: FlowNode = {
    id: newId(kind, taken),
    kind,
    ...structuredClone(content),
    position: { x: 0, y: 0 },
  };
  const size = cachedLayout(draft);
  const [from] = selectedNodes(studio, card).length === 1 ? selectedNodes(studio, card) : [];
  let box: Rect;
  if (from) {
    const f = nodeRect(from);
    box = {
      x: f.x + (f.w - size.width) / 2,
      y: f.y + f.h + 4 * GRID,
      w: size.width,
      h: size.height,
    };
  } else {
    const c = centre() ?? { x: 0, y: 0 };
    box = { x: c.x - size.width / 2, y: c.y - size.height / 2, w: size.width, h: size.height };
  }
  const node: FlowNode = { ...draft, position: freeSpot(card, box) };
  const edge =
    from && canLeadOn(from, kind)
      ? { id: newId('e', taken), source: from.id, target: node.id }
      : undefined;
  if (!studio.store.execute(addConnectedNode, edge ? { node, edge } : { node }).applied)
    return null;
  studio.selection.select({ nodeIds: [node.id] });
  // Room is found below other boxes, which may be below the view: then it is brought into view.
  requestReveal(studio, 'node', node.id, true);
  return node.id;
}

export function deleteSelection(studio: Studio): boolean {
  const { nodeIds, edgeIds } = studio.selection.get();
  if (nodeIds.length === 0 && edgeIds.length === 0) return false;
  studio.store.execute(deleteElements, { nodeIds: [...nodeIds], edgeIds: [...edgeIds] });
  studio.selection.clear();
  return true;
}

export function duplicateSelection(studio: Studio): void {
  const card = studio.store.getState()?.card;
  const ids = studio.selection.get().nodeIds;
  if (!card || ids.length === 0) return;
  const copy = copyForInsert(fragmentOf(card, ids), card, { x: 4 * GRID, y: 4 * GRID });
  studio.store.execute(insertFragment, { fragment: copy, how: 'duplicate' });
  studio.selection.select({ nodeIds: copy.nodes.map((n) => n.id) });
}

export function nudgeSelection(studio: Studio, dx: number, dy: number): void {
  const ids = studio.selection.get().nodeIds;
  if (ids.length > 0) studio.store.execute(nudgeNodes, { ids: [...ids], dx, dy });
}

export function selectAll(studio: Studio): void {
  const card = studio.store.getState()?.card;
  if (card)
    studio.selection.select({
      nodeIds: card.flow.nodes.map((n) => n.id),
      edgeIds: card.flow.edges.map((e) => e.id),
    });
}

/**
 * Auto-layout of the selection (two nodes or more), else of the whole card: one
 * step. The layout engine (dagre) is loaded on first use, not with the studio.
 */
export async function layoutNodes(studio: Studio): Promise<void> {
  const { autoLayout } = await import('./auto-layout');
  const card = studio.store.getState()?.card;
  if (!card) return;
  const ids = studio.selection.get().nodeIds;
  const positions = autoLayout(card, ids.length > 1 ? new Set(ids) : undefined);
  studio.store.execute(applyLayout, { positions });
}

/** The clipboard text for the selected nodes, or null when none is selected. */
export function copySelection(studio: Studio): string | null {
  const state = studio.store.getState();
  const ids = studio.selection.get().nodeIds;
  if (!state || ids.length === 0) return null;
  const say = (text: LocalizedText, n?: number) =>
    translate(text, language.get(), n === undefined ? undefined : { n });
  notify(
    ids.length === 1 ? say(canvasTexts.copiedOne) : say(canvasTexts.copied, ids.length),
    undefined,
    3000,
  );
  return serializeFragment(fragmentOf(state.card, ids), state.card.id);
}

let lastPaste = { text: '', times: 0 };

/** Pastes clipboard text: our fragments get new ids and land beside the original or in view. */
export async function pasteText(
  studio: Studio,
  text: string,
  centre: ViewportCentre,
): Promise<boolean> {
  const { parseFragment } = await import('./fragment-paste');
  const card = studio.store.getState()?.card;
  if (!card) return false;
  const parsed = parseFragment(text);
  if (!parsed.ok) {
    notify(translate(parsed.reason, language.get()));
    return false;
  }
  lastPaste = lastPaste.text === text ? { text, times: lastPaste.times + 1 } : { text, times: 1 };
  const origin = fragmentOrigin(parsed.fragment);
  const view = centre();
  let offset: Position;
  if (parsed.cardId === card.id || !view) {
    offset = { x: 4 * GRID * lastPaste.times, y: 4 * GRID * lastPaste.times };
  } else {
    offset = { x: snap(view.x - origin.x), y: snap(view.y - origin.y) };
  }
  const copy = copyForInsert(parsed.fragment, card, offset);
  studio.store.execute(insertFragment, { fragment: copy, how: 'paste' });
  studio.selection.select({ nodeIds: copy.nodes.map((n) => n.id) });
  return true;
}
