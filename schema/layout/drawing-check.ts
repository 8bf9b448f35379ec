// Is the drawing clean? Counts, from the stored geometry (node boxes from
// measure.ts, arrows and labels from edge-geometry.ts, exactly what the viewer
// draws): labels on boxes, labels on labels, arrows through boxes and boxes on
// boxes. Pure, for unit tests and the studio's problems panel. These are
// warnings for the author, never a reason to refuse or not publish a card.
import type { LocalizedText, Problem } from '../problems';
import type { Card, FlowEdge, FlowNode } from '../types';
import { BoxIndex, segmentCrossesBox, spanOf } from './box-index';
import { curveAt, edgeGeometry, labelBox, type Point } from './edge-geometry';
import { layoutNode } from './measure';
import type { Box } from './sides';

export type DrawingIssueKind =
  'label-on-box' | 'label-on-label' | 'arrow-through-box' | 'box-on-box';

export interface DrawingIssue {
  kind: DrawingIssueKind;
  /** The arrow (label-on-*, arrow-through-box) or the node (box-on-box) to move. */
  subject: string;
  /** What it lies over: a node, or (label-on-label) the other arrow. */
  other: string;
}

export type DrawingCounts = Record<DrawingIssueKind, number>;

/** A label may touch a box's outline; it may not cover its text (a pixel of slack). */
const SLACK = 1;

const shrink = (b: Box, by: number): Box => ({
  x: b.x + by,
  y: b.y + by,
  w: b.w - 2 * by,
  h: b.h - 2 * by,
});

/** The arrow as straight stretches: its route, or its curve in short pieces. */
const stretches = (points: Point[], routed: boolean): Point[] =>
  routed ? points : Array.from({ length: 25 }, (_, i) => curveAt(points, i / 24));

export function drawingIssues(card: Card): DrawingIssue[] {
  const issues: DrawingIssue[] = [];
  const boxes = new Map<string, Box>();
  for (const node of card.flow.nodes) {
    const { width, height } = layoutNode(node);
    boxes.set(node.id, { ...node.position, w: width, h: height });
  }
  const nodes = new BoxIndex<string>([...boxes].map(([id, box]) => [box, id]));

  for (const [id, box] of boxes)
    for (const { item } of nodes.query(shrink(box, SLACK)))
      if (item !== id && id < item) issues.push({ kind: 'box-on-box', subject: id, other: item });

  const labels = new BoxIndex<string>();
  for (const edge of card.flow.edges) {
    const [from, to] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!from || !to) continue;
    const geometry = edgeGeometry(edge, from, to);
    const line = stretches(geometry.points, geometry.routed);
    const crossed = new Set<string>();
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      const span = spanOf(a, b);
      for (const { box, item } of nodes.query(span))
        if (item !== edge.source && item !== edge.target && segmentCrossesBox(a, b, box, SLACK))
          crossed.add(item);
    }
    for (const node of crossed)
      issues.push({ kind: 'arrow-through-box', subject: edge.id, other: node });
    if (!edge.label) continue;
    const label = shrink(labelBox(edge.label, geometry.labelAt, geometry.labelWidth), SLACK);
    for (const { item } of nodes.query(label))
      issues.push({ kind: 'label-on-box', subject: edge.id, other: item });
    for (const { item } of labels.query(label))
      issues.push({ kind: 'label-on-label', subject: edge.id, other: item });
    labels.add(label, edge.id);
  }
  return issues;
}

export function drawingCounts(issues: readonly DrawingIssue[]): DrawingCounts {
  const counts: DrawingCounts = {
    'label-on-box': 0,
    'label-on-label': 0,
    'arrow-through-box': 0,
    'box-on-box': 0,
  };
  for (const issue of issues) counts[issue.kind]++;
  return counts;
}

/** "de stap 'Bespreek je ongerustheid…'": a node named by its kind and the start of its words. */
function nodeWords(node: FlowNode | undefined, id: string): LocalizedText {
  const words = (node?.title ?? node?.text ?? id).replace(/\s+/g, ' ').replace(/\.$/, '');
  const short = words.length > 48 ? words.slice(0, 46) + '…' : words;
  const kind: Record<string, LocalizedText> = {
    scenario: { nl: 'het scenario', en: 'the scenario' },
    step: { nl: 'de stap', en: 'the step' },
    end: { nl: 'de afsluiting', en: 'the closing band' },
    note: { nl: 'de notitie', en: 'the note' },
    tip: { nl: 'de tip', en: 'the tip' },
    assessment: { nl: 'de inschatting', en: 'the assessment' },
    prompts: { nl: 'de gespreksvragen', en: 'the conversation questions' },
    start: { nl: 'de start', en: 'the start' },
  };
  const k = kind[node?.kind ?? 'step']!;
  return { nl: `${k.nl} '${short}'`, en: `${k.en} '${short}'` };
}

function arrowWords(edge: FlowEdge | undefined): LocalizedText {
  const label = edge?.label ? ` '${edge.label}'` : '';
  return { nl: `de pijl${label}`, en: `the arrow${label}` };
}

/**
 * One warning per overlap, pointing at what to move: the arrow (its label or
 * route) or the node that lies on another.
 */
export function drawingProblems(card: Card, issues = drawingIssues(card)): Problem[] {
  const nodeAt = new Map(card.flow.nodes.map((n, i) => [n.id, i]));
  const edgeAt = new Map(card.flow.edges.map((e, i) => [e.id, i]));
  const node = (id: string) => nodeWords(card.flow.nodes[nodeAt.get(id) ?? -1], id);
  const arrow = (id: string) => arrowWords(card.flow.edges[edgeAt.get(id) ?? -1]);
  return issues.map(({ kind, subject, other }): Problem => {
    const cap = (t: string) => t[0]!.toUpperCase() + t.slice(1);
    let message: LocalizedText;
    if (kind === 'box-on-box') {
      const [a, b] = [node(subject), node(other)];
      message = { nl: `${cap(a.nl)} ligt over ${b.nl}.`, en: `${cap(a.en)} lies over ${b.en}.` };
    } else if (kind === 'arrow-through-box') {
      const [a, b] = [arrow(subject), node(other)];
      message = {
        nl: `${cap(a.nl)} loopt door ${b.nl}.`,
        en: `${cap(a.en)} runs through ${b.en}.`,
      };
    } else {
      const a = arrow(subject);
      const b =
        kind === 'label-on-box'
          ? node(other)
          : { nl: `het label van ${arrow(other).nl}`, en: `the label of ${arrow(other).en}` };
      message = {
        nl: `Het label van ${a.nl} ligt over ${b.nl}.`,
        en: `The label of ${a.en} lies over ${b.en}.`,
      };
    }
    const pointer =
      kind === 'box-on-box'
        ? `/flow/nodes/${nodeAt.get(subject)}/position`
        : `/flow/edges/${edgeAt.get(subject)}`;
    return { code: `drawing-${kind}`, severity: 'warning', pointer, message };
  });
}
