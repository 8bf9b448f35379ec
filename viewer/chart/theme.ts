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

const INK = '#1b1f24';
export const EDGE = '#4a5561';
export const FOCUS = '#0b5cd5';

const colours = (fill: string, stroke: string, text = INK): NodeColours => ({ fill, stroke, text });

/** Scenario headings, calm to alarming: green, blue, yellow, orange, red. */
export const SEVERITY: Record<Severity, NodeColours> = {
  1: colours('#dcf2e0', '#2e7d3a'),
  2: colours('#dbe9f8', '#2563a8'),
  3: colours('#fff1bf', '#8f6c00'),
  4: colours('#ffe0c4', '#b4540b'),
  5: colours('#fcd6d6', '#b42020'),
};

export const KIND: Record<NodeKind, NodeColours> = {
  start: colours('#1f3a5f', '#1f3a5f', '#ffffff'),
  step: colours('#ffffff', '#64717f'),
  prompts: colours('#f1eef9', '#6a5a9c'),
  assessment: colours('#e6edf6', '#1f3a5f'),
  scenario: SEVERITY[3],
  end: colours('#e1f1f0', '#2a7a78'),
  note: colours('#f6f6f2', '#878779'),
  tip: colours('#fff7d6', '#9a7b00'),
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
