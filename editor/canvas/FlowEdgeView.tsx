// An arrow of the canvas, drawn as the viewer draws it: along its stored route
// (orthogonal, rounded corners, the label where the router placed it, wrapped
// to the same lines), dashed when it leads back ("return"). While one of its
// boxes is dragged, or on a card never routed, it is a provisional right-angled
// arrow; the drop re-routes it (editor/canvas/routing/).
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import {
  labelLines,
  LABEL_WIDTH,
  middleOfRoute,
  type Point,
} from '../../schema/layout/edge-geometry';
import { roundedPath } from '../../viewer/chart/geometry';
import { useStudio } from '../app/studio-context';
import { useEdgeView } from './edge-views';
import { useFar } from './far-view';
import type { CanvasEdge } from './flow-elements';
import { EDGE, EDGE_SELECTED } from './node-theme';
import { InsertOnEdge } from './InsertOnEdge';

/** How far a provisional arrow runs straight out of a box before it turns. */
const OFFSET = 15;

function EdgeViewImpl(props: EdgeProps<CanvasEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const { selected, markerEnd } = props;
  const data = useEdgeView(id, props.data);
  const route = data?.route;
  let path: string;
  let labelAt: Point;
  let labelWidth = LABEL_WIDTH;
  if (route) {
    const points = route.points as Point[];
    path = roundedPath(points);
    labelAt = route.label ? [route.label.x, route.label.y] : middleOfRoute(points);
    labelWidth = route.label?.width ?? LABEL_WIDTH;
  } else {
    const [smooth, x, y] = getSmoothStepPath({
      sourceX,
      sourceY,
      targetX,
      targetY,
      sourcePosition,
      targetPosition,
      borderRadius: 8,
      offset: OFFSET,
    });
    [path, labelAt] = [smooth, [x, y]];
  }
  const studio = useStudio();
  const far = useFar();
  const edge = data?.edge;
  const isReturn = edge?.kind === 'return';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        // The wide invisible line that makes a thin arrow easy to hit; zoomed out too far to
        // read, one element less per arrow (arrows are chosen zoomed in, or by keyboard).
        interactionWidth={far ? 0 : 16}
        style={{
          stroke: selected ? EDGE_SELECTED : EDGE,
          strokeWidth: selected ? 2.4 : 1.6,
          strokeDasharray: isReturn ? '6 4' : undefined,
        }}
      />
      {edge?.label && !far && (
        <EdgeLabelRenderer>
          <div
            className={`card-edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{
              transform: `translate(-50%, -50%) translate(${labelAt[0]}px, ${labelAt[1]}px)`,
            }}
            data-edge={id}
            // The label is the easiest part of an arrow to hit: choosing it chooses the arrow.
            onClick={() => studio.selection.select({ edgeIds: [id] })}
          >
            {labelLines(edge.label, labelWidth).join('\n')}
          </div>
        </EdgeLabelRenderer>
      )}
      {selected && edge && (
        <InsertOnEdge
          edge={edge}
          at={insertPoint(
            route?.points ?? [
              [sourceX, sourceY],
              [targetX, targetY],
            ],
            labelAt,
          )}
        />
      )}
    </>
  );
}

/** Where the "+" of a selected arrow goes: a third of the way along, or two thirds, away from the label. */
function insertPoint(points: readonly (readonly [number, number])[], label: Point): Point {
  const lengths = points
    .slice(1)
    .map((p, i) => Math.hypot(p[0] - points[i]![0], p[1] - points[i]![1]));
  const total = lengths.reduce((a, b) => a + b, 0);
  const at = (fraction: number): Point => {
    let left = total * fraction;
    for (let i = 0; i < lengths.length; i++) {
      const [a, b, l] = [points[i]!, points[i + 1]!, lengths[i]!];
      if (left <= l && l > 0)
        return [a[0] + ((b[0] - a[0]) * left) / l, a[1] + ((b[1] - a[1]) * left) / l];
      left -= l;
    }
    return [points[0]![0], points[0]![1]];
  };
  const [early, late] = [at(1 / 3), at(2 / 3)];
  const far = (p: Point) => Math.hypot(p[0] - label[0], p[1] - label[1]);
  return far(early) >= far(late) ? early : late;
}

/**
 * React Flow measures the handles from the page once the nodes are drawn, as (place on screen)
 * / zoom: the places flow-elements.ts declares, give or take float noise at a zoom like 0.1.
 * Ends that moved by less than a hundredth of a pixel are the same ends: without this, every
 * arrow drew twice on opening (1,104 renders for 541 arrows at 1,000 nodes; 575 with it).
 */
const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

export const FlowEdgeView = memo(EdgeViewImpl, (a, b) => {
  for (const key of Object.keys(b) as (keyof typeof b)[]) {
    if (a[key] === b[key]) continue;
    const [x, y] = [a[key], b[key]];
    if (typeof x === 'number' && typeof y === 'number' && near(x, y)) continue;
    return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
});
