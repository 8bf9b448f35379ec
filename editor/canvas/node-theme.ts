// The canvas's colours: the viewer's chart palette (viewer/chart/theme.ts), so a
// card looks the same in the studio, on a website and on paper, plus what only
// an editor needs (selection, grid, the MiniMap).
import type { NodeKind, Severity } from '../../schema/types';
import { FOCUS, nodeColours, radius } from '../../viewer/chart/theme';

export {
  EDGE,
  INK,
  KIND,
  SEVERITY,
  nodeColours,
  radius,
  type NodeColours,
} from '../../viewer/chart/theme';

export const EDGE_SELECTED = FOCUS;
export const SELECTION = FOCUS;
export const GRID = '#d5dae0';

/** The MiniMap draws each node in its fill, scenarios in their severity's stroke so the columns read. */
export function miniMapColour(kind: NodeKind, severity?: Severity): string {
  const colours = nodeColours(kind, severity);
  return kind === 'scenario' || kind === 'start' ? colours.stroke : colours.fill;
}
