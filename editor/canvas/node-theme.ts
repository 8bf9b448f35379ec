// The canvas's colours, in one place. They match the viewer's chart palette so
// a card looks the same in the studio, on a website and on paper; a later merge
// points this file at the viewer's shared theme. Every fill is light and every
// text dark (the reverse for the START pill), which keeps the contrast above
// WCAG AA (4.5:1) for every kind and severity. Severity is also said in words
// (the node's accessible name), never by colour alone.
import type { NodeKind, Severity } from '../../schema/types';

export interface NodeColours {
  fill: string;
  stroke: string;
  text: string;
}

export const INK = '#1b1f24';
export const EDGE = '#4a5561';
export const EDGE_SELECTED = '#0b5cd5';
export const SELECTION = '#0b5cd5';
export const GRID = '#d5dae0';

/** Scenario headings, calm to alarming: green, blue, yellow, orange, red. */
export const SEVERITY: Record<Severity, NodeColours> = {
  1: { fill: '#dcf2e0', stroke: '#2e7d3a', text: INK },
  2: { fill: '#dbe9f8', stroke: '#2563a8', text: INK },
  3: { fill: '#fff1bf', stroke: '#8f6c00', text: INK },
  4: { fill: '#ffe0c4', stroke: '#b4540b', text: INK },
  5: { fill: '#fcd6d6', stroke: '#b42020', text: INK },
};

export const KIND: Record<NodeKind, NodeColours> = {
  start: { fill: '#1f3a5f', stroke: '#1f3a5f', text: '#ffffff' },
  step: { fill: '#ffffff', stroke: '#64717f', text: INK },
  prompts: { fill: '#f1eef9', stroke: '#6a5a9c', text: INK },
  assessment: { fill: '#e6edf6', stroke: '#1f3a5f', text: INK },
  scenario: SEVERITY[3],
  end: { fill: '#e1f1f0', stroke: '#2a7a78', text: INK },
  note: { fill: '#f6f6f2', stroke: '#878779', text: INK },
  tip: { fill: '#fff7d6', stroke: '#9a7b00', text: INK },
};

export function nodeColours(kind: NodeKind, severity?: Severity): NodeColours {
  return kind === 'scenario' && severity ? SEVERITY[severity] : KIND[kind];
}

/** Corner radius per kind: the START pill and the end band are round, annotations square-ish. */
export const RADIUS: Record<NodeKind, number> = {
  start: 18,
  step: 6,
  prompts: 6,
  assessment: 8,
  scenario: 8,
  end: 18,
  note: 2,
  tip: 2,
};

/** The MiniMap draws each node in its fill, scenarios in their severity's stroke so the columns read. */
export function miniMapColour(kind: NodeKind, severity?: Severity): string {
  const colours = nodeColours(kind, severity);
  return kind === 'scenario' || kind === 'start' ? colours.stroke : colours.fill;
}
