// An arrow of the canvas: orthogonal with rounded corners (the viewer draws
// square-cornered orthogonal arrows through the same gutters), its label on the
// longest stretch, dashed when it leads back ("return").
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useStudio } from '../app/studio-context';
import type { CanvasEdge } from './flow-elements';
import { EDGE, EDGE_SELECTED } from './node-theme';

/** How far an arrow runs straight out of a box before it turns: half the card's gutter. */
const OFFSET = 15;

function EdgeViewImpl(props: EdgeProps<CanvasEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const { data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 6,
    offset: OFFSET,
  });
  const studio = useStudio();
  const edge = data?.edge;
  const isReturn = edge?.kind === 'return';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{
          stroke: selected ? EDGE_SELECTED : EDGE,
          strokeWidth: selected ? 2.4 : 1.6,
          strokeDasharray: isReturn ? '6 4' : undefined,
        }}
      />
      {edge?.label && (
        <EdgeLabelRenderer>
          <div
            className={`card-edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-edge={id}
            // The label is the easiest part of an arrow to hit: choosing it chooses the arrow.
            onClick={() => studio.selection.select({ edgeIds: [id] })}
          >
            {edge.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdgeView = memo(EdgeViewImpl);
