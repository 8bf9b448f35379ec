// The canvas's words: what screen readers hear for nodes, edges and React
// Flow's own controls, and the labels of the canvas toolbar and shortcuts.
import type { AriaLabelConfig } from '@xyflow/react';
import type { Lang } from '../../schema/problems';
import type { FlowEdge, FlowNode, NodeKind } from '../../schema/types';
import { translate, msg } from '../i18n/i18n';
import { KIND_NAMES } from '../state/commands/flow-commands';

export const canvasTexts = msg({
  region: { nl: 'Stroomschema', en: 'Flowchart' },
  toolbar: { nl: 'Stroomschema bewerken', en: 'Edit the flowchart' },
  addKind: { nl: '{kind} toevoegen', en: 'Add {kind}' },
  add: { nl: 'Toevoegen:', en: 'Add:' },
  delete: { nl: 'Verwijderen', en: 'Delete' },
  duplicate: { nl: 'Dupliceren', en: 'Duplicate' },
  layout: { nl: 'Automatisch schikken', en: 'Auto layout' },
  layoutSelection: { nl: 'Selectie automatisch schikken', en: 'Auto layout the selection' },
  fit: { nl: 'Alles in beeld', en: 'Fit to view' },
  group: { nl: 'Stroomschema', en: 'Flowchart' },
  selectAll: { nl: 'Alles selecteren', en: 'Select all' },
  clear: { nl: 'Selectie opheffen', en: 'Clear selection' },
  copy: { nl: 'Kopiëren', en: 'Copy' },
  cut: { nl: 'Knippen', en: 'Cut' },
  paste: { nl: 'Plakken (ook in een andere kaart)', en: 'Paste (also into another card)' },
  nudgeUp: { nl: 'Selectie omhoog', en: 'Selection up' },
  nudgeDown: { nl: 'Selectie omlaag', en: 'Selection down' },
  nudgeLeft: { nl: 'Selectie naar links', en: 'Selection left' },
  nudgeRight: { nl: 'Selectie naar rechts', en: 'Selection right' },
  focusInspector: {
    nl: 'Geselecteerde knoop bewerken in de inspector',
    en: 'Edit the selected node in the inspector',
  },
  copied: { nl: 'Gekopieerd: {n} knopen.', en: 'Copied: {n} nodes.' },
  copiedOne: { nl: 'Knoop gekopieerd.', en: 'Node copied.' },
  severity: { nl: 'ernst {n} van 5', en: 'severity {n} of 5' },
  hasError: { nl: 'heeft een fout', en: 'has an error' },
  hasWarning: { nl: 'heeft een waarschuwing', en: 'has a warning' },
  edgeName: { nl: 'Pijl van {from} naar {to}', en: 'Arrow from {from} to {to}' },
  returnEdge: { nl: 'terugpijl', en: 'return arrow' },
  emptyNode: { nl: '(leeg)', en: '(empty)' },
});

const kindName = (kind: NodeKind, lang: Lang): string => KIND_NAMES[kind][lang];

/** A node in a few words: its title, else the start of its text. */
export function shortLabel(node: FlowNode, lang: Lang): string {
  const text = node.title || node.text || node.items?.[0] || node.criteria?.[0]?.text || '';
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return short || `${kindName(node.kind, lang)} ${translate(canvasTexts.emptyNode, lang)}`;
}

/** What a screen reader hears for a node: kind, severity in words, all its text, its problem. */
export function nodeName(node: FlowNode, lang: Lang, problem?: 'error' | 'warning'): string {
  const kind =
    kindName(node.kind, lang) +
    (node.kind === 'scenario' && node.severity
      ? `, ${translate(canvasTexts.severity, lang, { n: node.severity })}`
      : '');
  const items = [...(node.items ?? []), ...(node.criteria ?? []).map((c) => c.text)];
  const flag = problem
    ? translate(problem === 'error' ? canvasTexts.hasError : canvasTexts.hasWarning, lang)
    : '';
  return [kind, node.title, node.text, ...items, flag].filter(Boolean).join('. ');
}

export function edgeName(
  edge: FlowEdge,
  nodesById: ReadonlyMap<string, FlowNode>,
  lang: Lang,
): string {
  const label = (id: string) => {
    const node = nodesById.get(id);
    return node ? shortLabel(node, lang) : id;
  };
  const base = translate(canvasTexts.edgeName, lang, {
    from: label(edge.source),
    to: label(edge.target),
  });
  const extra = [edge.kind === 'return' ? translate(canvasTexts.returnEdge, lang) : '', edge.label]
    .filter(Boolean)
    .join(': ');
  return extra ? `${base} (${extra})` : base;
}

const ARIA: Record<Lang, Partial<AriaLabelConfig>> = {
  nl: {
    'node.a11yDescription.default':
      'Druk op Enter om de knoop te bewerken in de inspector, op Delete om hem te verwijderen, op de pijltjestoetsen om hem te verschuiven en op Escape om de selectie op te heffen.',
    'node.a11yDescription.keyboardDisabled':
      'Druk op Enter om de knoop te bewerken in de inspector en op Delete om hem te verwijderen.',
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      `Knoop verschoven naar ${direction}. Nieuwe positie x ${x}, y ${y}.`,
    'edge.a11yDescription.default':
      'Druk op Enter of spatie om de pijl te selecteren, daarna op Delete om hem te verwijderen of op Escape om te annuleren.',
    'controls.ariaLabel': 'Zoombediening',
    'controls.zoomIn.ariaLabel': 'Inzoomen',
    'controls.zoomOut.ariaLabel': 'Uitzoomen',
    'controls.fitView.ariaLabel': 'Alles in beeld',
    'controls.interactive.ariaLabel': 'Bewerken aan of uit',
    'minimap.ariaLabel': 'Overzichtskaart',
    'handle.ariaLabel': 'Aansluitpunt voor een pijl',
  },
  en: {
    'node.a11yDescription.default':
      'Press Enter to edit the node in the inspector, Delete to remove it, the arrow keys to move it and Escape to clear the selection.',
    'node.a11yDescription.keyboardDisabled':
      'Press Enter to edit the node in the inspector and Delete to remove it.',
    'controls.ariaLabel': 'Zoom controls',
    'controls.fitView.ariaLabel': 'Fit to view',
    'controls.interactive.ariaLabel': 'Toggle editing',
    'minimap.ariaLabel': 'Overview map',
    'handle.ariaLabel': 'Connection point for an arrow',
  },
};

export const ariaLabels = (lang: Lang): Partial<AriaLabelConfig> => ARIA[lang];
