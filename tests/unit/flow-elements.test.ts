import { describe, expect, it } from 'vitest';
import { layoutNode } from '../../schema/layout/measure';
import { DocumentStore } from '../../editor/state/document-store';
import { updateNode } from '../../editor/state/commands/flow-commands';
import { FlowElements, type NodeView } from '../../editor/canvas/flow-elements';
import { pickSides } from '../../schema/layout/sides';
import { sampleCard } from './helpers';

const sample = sampleCard;

const view = (selected: string[] = []): NodeView => ({
  selected: new Set(selected),
  problems: new Map(),
  dragging: null,
  lang: 'nl',
  name: (n) => n.id,
});

describe('canvas elements derived from the card', () => {
  it('draws every node with the size layoutNode gives it, handles on four sides', () => {
    const card = sample();
    const nodes = new FlowElements().nodes(card, view());
    const assessment = nodes.find((n) => n.id === 'inschatting')!;
    const { width, height } = layoutNode(card.flow.nodes.find((n) => n.id === 'inschatting')!);
    expect([assessment.width, assessment.height]).toEqual([width, height]);
    expect(assessment.handles?.map((h) => h.id)).toEqual(['top', 'right', 'bottom', 'left']);
  });

  it('after an edit only the edited node gets a new object', () => {
    const store = new DocumentStore();
    store.load('zov', sample());
    const elements = new FlowElements();
    const before = elements.nodes(store.getState()!.card, view());
    store.execute(updateNode, { id: 'tip', changes: { text: 'Andere tip' } });
    const after = elements.nodes(store.getState()!.card, view());
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual(['tip']);
  });

  it('selecting a node keeps its data object, so the node body does not re-render', () => {
    const card = sample();
    const elements = new FlowElements();
    const before = elements.nodes(card, view());
    const after = elements.nodes(card, view(['start']));
    const i = card.flow.nodes.findIndex((n) => n.id === 'start');
    expect(after[i]).not.toBe(before[i]);
    expect(after[i]!.selected).toBe(true);
    expect(after[i]!.data).toBe(before[i]!.data);
  });

  it('a drag shows the held positions without touching the card', () => {
    const card = sample();
    const before = structuredClone(card.flow.nodes.find((n) => n.id === 'start')!.position);
    const dragging = new Map([['start', { x: 5, y: 6 }]]);
    const nodes = new FlowElements().nodes(card, { ...view(), dragging });
    expect(nodes.find((n) => n.id === 'start')!.position).toEqual({ x: 5, y: 6 });
    expect(card.flow.nodes.find((n) => n.id === 'start')!.position).toEqual(before);
  });

  it('edges keep the sides the document names, and pick sides like the viewer otherwise', () => {
    const card = sample();
    const edges = new FlowElements().edges(card, new Set(), null, (e) => e.id);
    const side = (id: string) => edges.find((e) => e.id === id)!;
    expect(side('e-polsen-gespreksvragen')).toMatchObject({
      sourceHandle: 'right',
      targetHandle: 'left',
    });
    expect(side('e-start-gesprek')).toMatchObject({ sourceHandle: 'bottom', targetHandle: 'top' });
    expect(pickSides({ x: 0, y: 0, w: 10, h: 10 }, { x: 50, y: 0, w: 10, h: 10 })).toEqual([
      'right',
      'left',
    ]);
  });
});
