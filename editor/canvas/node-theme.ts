// The canvas's colours: the viewer's chart palette (viewer/chart/theme.ts), so a
// card looks the same in the studio, on a website and on paper, plus the
// MiniMap's colours, which only the editor needs.
import type { NodeKind, Severity } from '../../schema/types';
import { FOCUS, nodeColours } from '../../viewer/chart/theme';

export { EDGE, nodeColours, radius, type NodeColours } from '../../viewer/chart/theme';

export const EDGE_SELECTED = FOCUS;

/** The MiniMap draws each node in its fill, scenarios in their severity's stroke so the columns read. */
export function miniMapColour(kind: NodeKind, severity?: Severity): string {
  const colours = nodeColours(kind, severity);
  return kind === 'scenario' || kind === 'start' ? colours.stroke : colours.fill;
}
