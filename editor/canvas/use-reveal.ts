// "Show me this node": the problems panel (or anyone) asks through
// studio.reveal; the canvas selects it, centres it and gives it the focus.
// A request made while the canvas was not shown is handled when it appears.
import { useEffect } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import type { Studio } from '../app/studio';
import type { CanvasEdge, CanvasNode } from './flow-elements';
import { cachedLayout } from './flow-elements';
import { focusNodeSoon } from './use-canvas-keys';

const handled = new WeakMap<Studio, number>();

/** After the first fit of a canvas that is only just appearing (a request from another view). */
const afterFirstFit = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

/** Whether a node's whole box is inside the visible part of the canvas. */
function inView(flow: ReactFlowInstance<CanvasNode, CanvasEdge>, id: string): boolean {
  const node = flow.getInternalNode(id);
  const pane = document.querySelector('.flow-canvas .react-flow')?.getBoundingClientRect();
  if (!node || !pane) return true;
  const { x, y } = flow.flowToScreenPosition(node.internals.positionAbsolute);
  const { width = 0, height = 0 } = node.measured;
  const zoom = flow.getZoom();
  return (
    x >= pane.left &&
    y >= pane.top &&
    x + width * zoom <= pane.right &&
    y + height * zoom <= pane.bottom
  );
}

export function useReveal(studio: Studio, flow: ReactFlowInstance<CanvasNode, CanvasEdge>): void {
  useEffect(() => {
    const centreOf = (id: string) => {
      const node = studio.store.getState()?.card.flow.nodes.find((n) => n.id === id);
      if (!node) return null;
      const { width, height } = cachedLayout(node);
      return { x: node.position.x + width / 2, y: node.position.y + height / 2 };
    };
    const handle = () => {
      const request = studio.reveal.get();
      if (!request || handled.get(studio) === request.seq) return;
      if (request.kind !== 'node' && request.kind !== 'edge') return;
      // Not sized yet: this effect runs again when it is (the instance changes then).
      if (!flow.viewportInitialized) return;
      handled.set(studio, request.seq);
      let at = null;
      if (request.kind === 'node') {
        at = centreOf(request.id);
        studio.selection.select({ nodeIds: [request.id] });
      } else {
        const edge = studio.store.getState()?.card.flow.edges.find((e) => e.id === request.id);
        const a = edge && centreOf(edge.source);
        const b = edge && centreOf(edge.target);
        if (a && b) at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        studio.selection.select({ edgeIds: [request.id] });
      }
      if (!at) return;
      const target = at;
      if (request.gently) {
        // After the frame that draws it: only then does React Flow know the node.
        afterFirstFit(() => {
          if (!inView(flow, request.id))
            void flow.setCenter(target.x, target.y, { zoom: flow.getZoom(), duration: 250 });
        });
        return;
      }
      afterFirstFit(() => {
        void flow.setCenter(target.x, target.y, {
          zoom: Math.max(flow.getZoom(), 0.9),
          duration: 250,
        });
        if (request.kind === 'node') focusNodeSoon(request.id);
      });
    };
    handle();
    return studio.reveal.subscribe(handle);
  }, [studio, flow]);
}
