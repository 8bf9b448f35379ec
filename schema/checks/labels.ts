import type { FlowNode } from '../types';

/** A short human name for a node in messages: its title, else the start of its text, else its id. */
export function nodeLabel(node: FlowNode): string {
  const text = (node.title ?? node.text ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return node.id;
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}
