// The flow view's canvas: React Flow, controlled by the document. Nodes and
// edges follow card.flow change by change (live-elements.ts: only what a
// command, the selection, the problem marks or a drag changed gets new
// objects); selection lives in studio.selection; every edit is a command. Only
// a drag in progress is held here, and becomes one step when the nodes are
// dropped. Every prop React Flow tracks is stable: each new value would be one
// more update of its store, which runs the selector of every mounted node,
// edge and handle.
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  getNodesBounds,
  getViewportForBounds,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useDocument, useObservable, useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { useChecked } from '../problems/card-problems';
import { GRID } from './canvas-actions';
import { ariaLabels, canvasTexts } from './canvas-texts';
import { useArrowsInSlices } from './arrows-in-slices';
import { CanvasToolbar } from './CanvasToolbar';
import { FlowEdgeView } from './FlowEdgeView';
import type { CanvasEdge, CanvasNode } from './flow-elements';
import { FlowNodeView } from './FlowNodeView';
import { EdgeViewsContext } from './edge-views';
import { FarContext, useArrowEndsOnlyNear, useFarZoom } from './far-view';
import { LiveFlowElements } from './live-elements';
import { OneStoreUpdate, useHeldSetters } from './one-store-update';
import { miniMapColour } from './node-theme';
import { nudgeByKey, useCanvasKeys } from './use-canvas-keys';
import { useFlowHandlers } from './use-flow-handlers';
import { useMultiSelectModifier } from './use-multi-select-modifier';
import { miniMapShown } from './minimap-toggle';
import { FIT_PADDING, MIN_ZOOM, openingViewport } from './opening-view';
import { useReveal } from './use-reveal';

const nodeTypes = { card: FlowNodeView };
const edgeTypes = { card: FlowEdgeView };
const FIT = { padding: FIT_PADDING, maxZoom: 1 };
const SNAP_GRID: [number, number] = [GRID, GRID];
const NO_PROBLEMS = new Map<string, never>();
/** No nodes or arrows: one array, so React Flow sees no change while it stays empty. */
const NONE: never[] = [];
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
  const elements = useMemo(() => new LiveFlowElements(), []);
  const card = doc?.card;
  const miniMap = useObservable(miniMapShown);
  const problems = useChecked()?.levels ?? NO_PROBLEMS;
  const far = useFarZoom();
  useArrowEndsOnlyNear();
  useHeldSetters();

  const selectedNodes = useMemo(() => new Set(selection.nodeIds), [selection.nodeIds]);
  const selectedEdges = useMemo(() => new Set(selection.edgeIds), [selection.edgeIds]);
  // A large card in place of another: the other card's drawn nodes and arrows go first, in a
  // commit of their own; the new card's are built and drawn in a deferred render. All in one
  // task was 235–320 ms for a 5,000-node card opened over a 1,000-node one (bench: imports).
  // Its arrows follow in slices, a task each (arrows-in-slices.ts).
  const cardId = doc?.cardId;
  const large = (doc?.card.flow.nodes.length ?? 0) >= VISIBLE_ONLY_FROM;
  const shownId = useDeferredValue(cardId);
  const between = large && shownId !== cardId && shownId !== undefined;
  const { nodes, edges } = useMemo(
    () =>
      doc && !between
        ? elements.update(doc, { selectedNodes, selectedEdges, problems, dragging, lang })
        : { nodes: NONE, edges: NONE },
    [elements, doc, between, selectedNodes, selectedEdges, problems, dragging, lang],
  );
  const arrows = useArrowsInSlices(cardId, edges, between);
  // The arrows re-routed by this render draw again now, before the frame is painted.
  useLayoutEffect(() => elements.views.flush());
  const { onDragStop } = handlers;
  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: CanvasNode[]) => onDragStop(dragged),
    [onDragStop],
  );
  const onSelectionDragStop = useCallback(
    (_: unknown, dragged: CanvasNode[]) => onDragStop(dragged),
    [onDragStop],
  );
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      // React Flow would move selected nodes itself, outside the undo history.
      if (event.target instanceof HTMLElement && event.target.closest('input,textarea,select'))
        return;
      if (nudgeByKey(studio, event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [studio],
  );

  const onPointerDownCapture = useMultiSelectModifier();

  const centre = useCallback(() => {
    const r = wrapper.current?.getBoundingClientRect();
    if (!r || r.width === 0) return null;
    return flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  }, [flow]);
  const fit = useCallback(() => void flow.fitView({ ...FIT, duration: 200 }), [flow]);
  useCanvasKeys(studio, centre, fit);

  // The first card: whole, or its start when it is too large for an overview (opening-view.ts).
  // The pane is not laid out yet: the window is the most room it can have.
  const [opening] = useState(() =>
    openingViewport(nodes, { width: innerWidth, height: innerHeight }),
  );
  // The first card whole once the pane has its size: React Flow's own fitView waits for
  // it to measure the nodes, which it does not do when their sizes are declared
  // (vite-measure-once.ts). After the first frame is painted, as React Flow did: the
  // page shows at once, and the overview of a large card (every node in view) follows.
  // Declared before useReveal, whose frames come after these: a node asked for from
  // another view is centred after the fit.
  const firstFit = useRef(opening !== null);
  useEffect(() => {
    if (firstFit.current || !flow.viewportInitialized) return;
    firstFit.current = true;
    const fitWhole = () => {
      const pane = wrapper.current?.getBoundingClientRect();
      if (!pane?.width) return;
      const { width, height } = pane;
      const bounds = getNodesBounds(nodes);
      const { padding, maxZoom } = FIT;
      void flow.setViewport(
        getViewportForBounds(bounds, width, height, MIN_ZOOM, maxZoom, padding),
      );
    };
    requestAnimationFrame(() => requestAnimationFrame(fitWhole));
  }, [flow, nodes]);
  useReveal(studio, flow);
  // A card opened in place of another: the same, in the pane as it is.
  const shownCard = useRef(cardId);
  // Read when the card changes (not a reason to run again): the new card's nodes then. Kept
  // by an effect declared before the one that reads it, so it runs first in the same commit.
  const shownNodes = useRef(nodes);
  useEffect(() => {
    shownNodes.current = nodes;
  });
  useEffect(() => {
    // Once the other card's nodes are gone: moving the view runs every drawn node's selector.
    if (shownCard.current === cardId || between) return;
    shownCard.current = cardId;
    const pane = wrapper.current?.getBoundingClientRect();
    const start = pane ? openingViewport(shownNodes.current, pane) : null;
    if (start) void flow.setViewport(start);
    else requestAnimationFrame(() => void flow.fitView(FIT));
  }, [cardId, between, flow]);

  if (!card) return null;
  return (
    <EdgeViewsContext.Provider value={elements.views}>
      <FarContext.Provider value={far}>
        <CanvasToolbar centre={centre} fit={fit} />
        <ReactFlow<CanvasNode, CanvasEdge>
          ref={wrapper}
          nodes={nodes}
          edges={arrows}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={handlers.onNodesChange}
          onEdgesChange={handlers.onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onSelectionDragStop={onSelectionDragStop}
          onConnect={handlers.onConnect}
          onReconnect={handlers.onReconnect}
          isValidConnection={handlers.isValidConnection}
          onKeyDownCapture={onKeyDownCapture}
          connectionMode={ConnectionMode.Loose}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          // Control held (undo, copy) would re-bind d3-zoom's listeners twice: ~20 ms at 1,000
          // nodes. The key only matters with panOnScroll, which the studio leaves off.
          zoomActivationKeyCode={null}
          multiSelectionKeyCode={null}
          onPointerDownCapture={onPointerDownCapture}
          nodesFocusable
          edgesFocusable
          snapToGrid
          snapGrid={SNAP_GRID}
          minZoom={MIN_ZOOM}
          maxZoom={2}
          fitViewOptions={FIT}
          {...(opening ? { defaultViewport: opening } : {})}
          onlyRenderVisibleElements={large}
          ariaLabelConfig={ariaLabels(lang)}
        >
          <OneStoreUpdate />
          <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1.2} />
          {miniMap && !large && (
            <MiniMap<CanvasNode>
              pannable
              zoomable
              nodeColor={(n) => miniMapColour(n.data.node.kind, n.data.node.severity)}
              nodeStrokeWidth={2}
            />
          )}
          <Controls showInteractive={false} />
        </ReactFlow>
      </FarContext.Provider>
    </EdgeViewsContext.Provider>
  );
}
