// How big a node is and how its text wraps, computed the same way everywhere
// (studio canvas, viewer SVG, print, auto-layout), so the chart looks the same
// in every place it is drawn. SVG text does not wrap by itself, so wrapping is
// done here with a conservative average glyph width: lines come out a little
// short rather than overflowing their box.
import type { FlowNode, NodeKind } from '../types';

export const FONT_SIZE = 13;
export const TITLE_SIZE = 14;
export const LINE_HEIGHT = 18;
export const TITLE_LINE_HEIGHT = 19;
export const PADDING = 10;
const GLYPH_EM = 0.56;
const BULLET_INDENT = 14;

export const DEFAULT_WIDTH: Record<NodeKind, number> = {
  start: 140,
  step: 260,
  prompts: 260,
  assessment: 320,
  scenario: 260,
  end: 400,
  note: 300,
  tip: 260,
};

export interface TextBlock {
  /** title: bold heading; text: body; item: a bulleted line group. */
  style: 'title' | 'text' | 'item';
  lines: string[];
}

export interface NodeLayout {
  width: number;
  height: number;
  blocks: TextBlock[];
}

/** Greedy word wrap to a number of characters; long words are cut. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > maxChars) {
        if (line) lines.push(line);
        lines.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
        line = '';
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= maxChars) line += ' ' + rest;
      else {
        lines.push(line);
        line = rest;
      }
    }
    if (line || lines.length === 0) lines.push(line);
  }
  return lines;
}

function charsFor(width: number, fontSize: number): number {
  return Math.max(4, Math.floor(width / (fontSize * GLYPH_EM)));
}

function nodeWidth(node: Pick<FlowNode, 'kind' | 'width'>): number {
  return node.width ?? DEFAULT_WIDTH[node.kind];
}

export function layoutNode(node: FlowNode): NodeLayout {
  const width = nodeWidth(node);
  const inner = width - 2 * PADDING;
  const blocks: TextBlock[] = [];
  if (node.title)
    blocks.push({ style: 'title', lines: wrapText(node.title, charsFor(inner, TITLE_SIZE)) });
  if (node.text)
    blocks.push({ style: 'text', lines: wrapText(node.text, charsFor(inner, FONT_SIZE)) });
  const bullets = [...(node.items ?? []), ...(node.criteria ?? []).map((c) => c.text)];
  for (const item of bullets)
    blocks.push({
      style: 'item',
      lines: wrapText(item, charsFor(inner - BULLET_INDENT, FONT_SIZE)),
    });
  let height = 2 * PADDING;
  for (const block of blocks)
    height += block.lines.length * (block.style === 'title' ? TITLE_LINE_HEIGHT : LINE_HEIGHT);
  height += Math.max(0, blocks.length - 1) * 4;
  return { width, height: Math.max(height, 36), blocks };
}

export const BULLET_INDENT_PX = BULLET_INDENT;
