// The difference drawn on the chart: the studio's canvas (its node and arrow
// views), read-only, showing the newer flow plus what the older one had and
// lost (ghosted). Added, removed, changed and moved nodes and arrows are
// marked by colour, outline style and a symbol with a word, explained in a
// legend, so no mark depends on colour alone.
import { useMemo } from 'react';
import {
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../canvas/canvas.css';
import type { Change } from '../../schema/diff';
import type { LocalizedText } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { edgeName, nodeName } from '../canvas/canvas-texts';
import { FlowEdgeView } from '../canvas/FlowEdgeView';
import { FlowElements, type CanvasNode } from '../canvas/flow-elements';
import { FlowNodeView } from '../canvas/FlowNodeView';
import { msg, useLang, useT } from '../i18n/i18n';
import { compareMarks, mergedFlow, type Mark } from './compare-marks';

const MARKS: Record<Mark, { symbol: string; text: LocalizedText }> = {
  added: { symbol: '+', text: { nl: 'toegevoegd', en: 'added' } },
  removed: { symbol: '−', text: { nl: 'verwijderd', en: 'removed' } },
  changed: { symbol: '✎', text: { nl: 'gewijzigd', en: 'changed' } },
  moved: { symbol: '↔', text: { nl: 'verplaatst', en: 'moved' } },
};
const ORDER: Mark[] = ['added', 'removed', 'changed', 'moved'];

const texts = msg({
  chart: { nl: 'Verschillen op het stroomschema', en: 'Differences on the flowchart' },
  legend: { nl: 'Legende', en: 'Legend' },
  removedNote: {
    nl: 'Verwijderde knopen en pijlen staan doorschijnend op hun oude plaats.',
    en: 'Removed boxes and arrows are shown faded where they were.',
  },
});

const isMark = (value: unknown): value is Mark => typeof value === 'string' && value in MARKS;

/** A canvas node with its mark as a badge ("✎ gewijzigd") over it. */
function MarkedNodeView(props: NodeProps<CanvasNode>) {
  const t = useT();
  const mark = props.data.mark;
  return (
    <>
      <FlowNodeView {...props} />
      {isMark(mark) && (
        <span className={`compare-badge compare-badge-${mark}`}>
          <span aria-hidden="true">{MARKS[mark].symbol}</span> {t(MARKS[mark].text)}
        </span>
      )}
    </>
  );
}

const nodeTypes = { card: MarkedNodeView };
const edgeTypes = { card: FlowEdgeView };
const NONE = new Set<string>();

export function CompareChart({
  older,
  newer,
  changes,
  viewKey,
}: {
  older: Card;
  newer: Card;
  changes: Change[];
  /** Changes when other versions are chosen: the chart then fits itself again. */
  viewKey: string;
}) {
  const t = useT();
  const lang = useLang();
  const { nodes, edges, shown, fit } = useMemo(() => {
    const marks = compareMarks(changes);
    const card: Card = { ...newer, flow: { ...newer.flow, ...mergedFlow(older, newer) } };
    const elements = new FlowElements();
    const label = (id: string, name: string) => {
      const mark = marks.nodes.get(id) ?? marks.edges.get(id);
      return mark ? `${name} (${MARKS[mark].text[lang]})` : name;
    };
    const markedNodes = elements
      .nodes(card, {
        selected: NONE,
        problems: new Map(),
        dragging: null,
        lang,
        name: (n) => label(n.id, nodeName(n, lang)),
      })
      .map((n) => {
        const mark = marks.nodes.get(n.id);
        return mark ? { ...n, className: `compare-${mark}`, data: { ...n.data, mark } } : n;
      });
    const markedEdges = elements
      .edges(card, NONE, null, (e, byId) => label(e.id, edgeName(e, byId, lang)))
      .map((e) => {
        const mark = marks.edges.get(e.id);
        return mark ? { ...e, className: `compare-${mark}` } : e;
      });
    const legend = new Set<Mark>([...marks.nodes.values(), ...marks.edges.values()]);
    // Open on what changed (all of the chart when only arrows did); zoom out to see the rest.
    const focus = [...marks.nodes.keys()].map((id) => ({ id }));
    const fitView = { padding: 0.2, maxZoom: 1, ...(focus.length ? { nodes: focus } : {}) };
    return { nodes: markedNodes, edges: markedEdges, shown: legend, fit: fitView };
  }, [older, newer, changes, lang]);

  return (
    <figure className="compare-chart" aria-label={t(texts.chart)}>
      <div className="compare-canvas">
        <ReactFlowProvider key={viewKey}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            // The nodes' handles are all of one type (as on the canvas): arrows end on any of them.
            connectionMode={ConnectionMode.Loose}
            minZoom={0.05}
            // Not the fitView prop: React Flow resolves that once it has measured the nodes,
            // which it no longer does for nodes of a declared size (vite-measure-once.ts).
            onInit={(flow) => void flow.fitView(fit)}
            fitViewOptions={fit}
            proOptions={{ hideAttribution: true }}
          >
            <Controls showInteractive={false} />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
      <figcaption className="compare-legend">
        <span className="visually-hidden">{t(texts.legend)}: </span>
        {ORDER.filter((m) => shown.has(m)).map((m) => (
          <span key={m} className={`compare-badge compare-badge-${m}`}>
            <span aria-hidden="true">{MARKS[m].symbol}</span> {t(MARKS[m].text)}
          </span>
        ))}
        {shown.has('removed') && <span className="muted">{t(texts.removedNote)}</span>}
      </figcaption>
    </figure>
  );
}
