// The flow view's canvas: React Flow, controlled by the document. Nodes and
// edges are derived from card.flow (cached per card node, see flow-elements);
// selection lives in studio.selection; every edit is a command. Only a drag in
// progress is held here, and becomes one step when the nodes are dropped.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useDocument, useObservable, useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { nodeProblemLevels, useCheckedCard } from '../problems/card-problems';
import { GRID } from './canvas-actions';
import { ariaLabels, canvasTexts, edgeName, nodeName } from './canvas-texts';
import { CanvasToolbar } from './CanvasToolbar';
import { FlowEdgeView } from './FlowEdgeView';
import { FlowElements, type CanvasEdge, type CanvasNode } from './flow-elements';
import { FlowNodeView } from './FlowNodeView';
import { miniMapColour } from './node-theme';
import { nudgeByKey, useCanvasKeys } from './use-canvas-keys';
import { useFlowHandlers } from './use-flow-handlers';
import { miniMapShown } from './minimap-toggle';
import { useReveal } from './use-reveal';

const nodeTypes = { card: FlowNodeView };
const edgeTypes = { card: FlowEdgeView };
const FIT = { padding: 0.06, maxZoom: 1 };
/**
 * From this many nodes on, React Flow draws only what is in view, and the
 * MiniMap is left out: it keeps a store subscriber per node, which on a card of
 * a thousand nodes cost more per frame of a drag than everything else together
 * (bench: 17.1 -> 13.7 ms of main-thread work per frame).
 */
const VISIBLE_ONLY_FROM = 300;

export function FlowCanvas() {
  const t = useT();
  return (
    <section className="flow-canvas" aria-label={t(canvasTexts.region)}>
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>
    </section>
  );
}

function Canvas() {
  const studio = useStudio();
  const doc = useDocument();
  const lang = useLang();
  const selection = useObservable(studio.selection);
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const handlers = useFlowHandlers(studio);
  const { dragging } = handlers;
  const elements = useMemo(() => new FlowElements(), []);
  const card = doc?.card;
  const miniMap = useObservable(miniMapShown);

  const selectedNodes = useMemo(() => new Set(selection.nodeIds), [selection.nodeIds]);
  const selectedEdges = useMemo(() => new Set(selection.edgeIds), [selection.edgeIds]);
  const checked = useCheckedCard(card ?? null);
  const nodes = useMemo(() => {
    if (!card) return [];
    const problems = checked ? nodeProblemLevels(checked) : new Map<string, never>();
    return elements.nodes(card, {
      selected: selectedNodes,
      problems,
      dragging,
      lang,
      name: (n) => nodeName(n, lang, problems.get(n.id)),
    });
  }, [elements, card, checked, selectedNodes, dragging, lang]);
  const edges = useMemo(
    () =>
      card
        ? elements.edges(card, selectedEdges, dragging, (e, byId) => edgeName(e, byId, lang))
        : [],
    [elements, card, selectedEdges, dragging, lang],
  );

  const centre = useCallback(() => {
    const r = wrapper.current?.getBoundingClientRect();
    if (!r || r.width === 0) return null;
    return flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  }, [flow]);
  const fit = useCallback(() => void flow.fitView({ ...FIT, duration: 200 }), [flow]);
  useCanvasKeys(studio, centre, fit);
  useReveal(studio, flow);

  // A card opened in place of another: show all of it.
  const cardId = doc?.cardId;
  const shownCard = useRef(cardId);
  useEffect(() => {
    if (shownCard.current === cardId) return;
    shownCard.current = cardId;
    requestAnimationFrame(() => void flow.fitView(FIT));
  }, [cardId, flow]);

  if (!card) return null;
  return (
    <>
      <CanvasToolbar centre={centre} fit={fit} />
      <ReactFlow<CanvasNode, CanvasEdge>
        ref={wrapper}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onNodeDragStop={(_, __, dragged) => handlers.onDragStop(dragged)}
        onSelectionDragStop={(_, dragged) => handlers.onDragStop(dragged)}
        onConnect={handlers.onConnect}
        onReconnect={handlers.onReconnect}
        isValidConnection={handlers.isValidConnection}
        onKeyDownCapture={(event) => {
          // React Flow would move selected nodes itself, outside the undo history.
          if (event.target instanceof HTMLElement && event.target.closest('input,textarea,select'))
            return;
          if (nudgeByKey(studio, event)) {
            event.preventDefault();
            event.stopPropagation();
          }
        }}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        nodesFocusable
        edgesFocusable
        snapToGrid
        snapGrid={[GRID, GRID]}
        minZoom={0.1}
        maxZoom={2}
        fitView
        fitViewOptions={FIT}
        onlyRenderVisibleElements={card.flow.nodes.length >= VISIBLE_ONLY_FROM}
        ariaLabelConfig={ariaLabels(lang)}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1.2} />
        {miniMap && card.flow.nodes.length < VISIBLE_ONLY_FROM && (
          <MiniMap<CanvasNode>
            pannable
            zoomable
            nodeColor={(n) => miniMapColour(n.data.node.kind, n.data.node.severity)}
            nodeStrokeWidth={2}
          />
        )}
        <Controls showInteractive={false} />
      </ReactFlow>
    </>
  );
}
