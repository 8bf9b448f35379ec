// The chart's colours, shared with the studio (it imports this file) so a card
// looks the same wherever it is drawn. Every fill is light and every text dark
// (or the reverse for the START pill), so contrast stays above WCAG AA (4.5:1)
// on every kind and severity; the severity is also said in words, never by
// colour alone.
import type { NodeKind, Severity } from '../../schema/types';

export interface NodeColours {
  fill: string;
  stroke: string;
  text: string;
}

export const INK = '#1b1f24';
export const EDGE = '#4a5561';
export const FOCUS = '#0b5cd5';

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

/** Corner radius: the START pill and the dialogue band are round, annotations square. */
export const radius = (kind: NodeKind): number =>
  kind === 'start' || kind === 'end' ? 18 : kind === 'note' || kind === 'tip' ? 2 : 6;
/** CSS variables for a severity, for HTML that follows the chart's colours (guide, text version). */
export function severityStyle(severity?: Severity): Record<string, string> | undefined {
  return severity
    ? { '--sev': SEVERITY[severity].stroke, '--fill': SEVERITY[severity].fill }
    : undefined;
}
