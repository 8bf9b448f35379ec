// The arrowheads of the studio's charts (canvas and compare chart), defined
// once for the whole page. React Flow would define them itself from a marker
// object on each edge, but it then sorts and joins every edge's marker keys
// on every change of the edges array (createMarkerIds: ~8 ms per undo at
// 1,000 arrows); an edge whose marker is an id string costs it nothing.
import { EDGE, EDGE_SELECTED } from './node-theme';

export const ARROW = 'kr-arrow';
export const ARROW_SELECTED = 'kr-arrow-selected';

/** React Flow's closed arrowhead (16 × 16 in stroke widths), in the two colours. */
function Arrowhead({ id, colour }: { id: string; colour: string }) {
  return (
    <marker
      id={id}
      className="react-flow__arrowhead"
      markerWidth="16"
      markerHeight="16"
      viewBox="-10 -10 20 20"
      markerUnits="strokeWidth"
      orient="auto-start-reverse"
      refX="0"
      refY="0"
    >
      <polyline
        style={{ stroke: colour, fill: colour, strokeWidth: 1 }}
        strokeLinecap="round"
        strokeLinejoin="round"
        points="-5,-4 0,0 -5,4 -5,-4"
      />
    </marker>
  );
}

/**
 * Rendered once, always displayed: markers inside an SVG that is not shown
 * (display: none) draw nothing, in every chart that refers to them.
 */
export function ArrowMarkers() {
  return (
    <svg aria-hidden="true" width="0" height="0" style={{ position: 'absolute' }}>
      <defs>
        <Arrowhead id={ARROW} colour={EDGE} />
        <Arrowhead id={ARROW_SELECTED} colour={EDGE_SELECTED} />
      </defs>
    </svg>
  );
}
