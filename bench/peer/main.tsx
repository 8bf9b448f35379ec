// The benchmark's peer: a plain React Flow page as React Flow's own stress
// example writes it (default nodes and edges, useNodesState/useEdgesState),
// with only the visible elements rendered, showing the same generated card as
// the studio. `?nodes=N` picks ./flow-N.json, written by bench/build-pages.ts.
// Ctrl+Z puts the node dragged last back where it was: one setNodes of one
// moved node, the peer of the studio's undo.
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  addEdge,
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Connection,
  type Edge,
  type Node,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface PeerFlow {
  nodes: Node[];
  edges: Edge[];
}

const FIT = { padding: 0.06, maxZoom: 1 };

function PeerFlowView({ flow }: { flow: PeerFlow }) {
  const [nodes, setNodes, onNodesChange] = useNodesState(flow.nodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState(flow.edges);
  const onConnect = useCallback(
    (params: Connection) => setEdges((els) => addEdge(params, els)),
    [setEdges],
  );
  const dragged = useRef<{ id: string; from: XYPosition } | null>(null);
  const onNodeDragStart = useCallback((_: unknown, node: Node) => {
    dragged.current = { id: node.id, from: node.position };
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const last = dragged.current;
      if (!(event.ctrlKey && event.key === 'z') || !last) return;
      setNodes((nds) => nds.map((n) => (n.id === last.id ? { ...n, position: last.from } : n)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setNodes]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onNodeDragStart={onNodeDragStart}
      fitView
      fitViewOptions={FIT}
      minZoom={0.1}
      maxZoom={2}
      onlyRenderVisibleElements
    >
      <Background variant={BackgroundVariant.Dots} />
      <Controls />
    </ReactFlow>
  );
}

function PeerPage() {
  const [flow, setFlow] = useState<PeerFlow | null>(null);
  useEffect(() => {
    const count = new URLSearchParams(location.search).get('nodes') ?? '1000';
    void fetch(`./flow-${count}.json`)
      .then((r) => r.json() as Promise<PeerFlow>)
      .then(setFlow);
  }, []);
  return flow ? <PeerFlowView flow={flow} /> : null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PeerPage />
  </StrictMode>,
);
