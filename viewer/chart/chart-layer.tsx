/** @jsxImportSource preact */
// The chart drawn in SVG: arrows under the boxes, labels over them. Used by the
// interactive chart (nodes are focusable buttons) and by print (a still copy).
import {
  BULLET_INDENT_PX,
  FONT_SIZE,
  LINE_HEIGHT,
  PADDING,
  TITLE_LINE_HEIGHT,
  TITLE_SIZE,
} from '../../schema/layout/measure';
import { LABEL_FONT, LABEL_LINE } from '../../schema/layout/edge-geometry';
import type { FlowNode } from '../../schema/types';
import { kindText, tr } from '../i18n';
import type { Box, ChartModel, ChartNode } from './geometry';
import { pathData } from './geometry';
import { overlaps } from './pan-zoom';
import { EDGE, nodeColours, radius } from './theme';

export interface NodeEvents {
  selected?: string;
  onSelect: (id: string) => void;
  onFocusNode: (node: ChartNode) => void;
}

/** A node in a few words, for "leidt naar …". */
const short = (node: FlowNode): string => node.title ?? node.text?.slice(0, 60) ?? node.id;

/**
 * What a screen reader hears for a node: its kind, severity, all its text, and
 * where it leads ("leidt naar Scenario 1 (Geen verontrusting …)"). A title that
 * only repeats the kind ("START") is not said twice.
 */
function nodeName(node: FlowNode, model: ChartModel): string {
  const items = [...(node.items ?? []), ...(node.criteria ?? []).map((c) => c.text)];
  const kind = kindText(node);
  const title = node.title?.toLowerCase() === kind.toLowerCase() ? undefined : node.title;
  const next = model.edges
    .filter((e) => e.edge.source === node.id)
    .map(({ edge }) => {
      const to = model.nodes.find((n) => n.node.id === edge.target)?.node;
      return to ? short(to) + (edge.label ? ` (${edge.label})` : '') : '';
    });
  const leads = next.length ? `${tr('leidt naar')} ${next.join('; ')}` : '';
  return [kind, title, node.text, ...items, leads].filter(Boolean).join('. ');
}

function NodeBox(props: {
  item: ChartNode;
  model: ChartModel;
  text: boolean;
  events?: NodeEvents | undefined;
}) {
  const { item, events } = props;
  const { node, layout, box } = item;
  const colours = nodeColours(node.kind, node.severity);
  const centred = node.kind === 'start' || node.kind === 'end';
  let y = PADDING;
  const blocks = props.text ? layout.blocks : [];
  const lines = blocks.flatMap((block, b) => {
    const title = block.style === 'title';
    const height = title ? TITLE_LINE_HEIGHT : LINE_HEIGHT;
    if (b) y += 3;
    return block.lines.map((line, i) => {
      const baseline = y + height - 4;
      y += height;
      const x = centred ? box.w / 2 : block.style === 'item' ? PADDING + BULLET_INDENT_PX : PADDING;
      return (
        <text
          key={`${b}-${i}`}
          x={x}
          y={baseline}
          font-size={title ? TITLE_SIZE : FONT_SIZE}
          font-weight={title ? 700 : 400}
          text-anchor={centred ? 'middle' : undefined}
        >
          {block.style === 'item' && i === 0 && (
            <tspan x={PADDING + 2} aria-hidden="true">
              •
            </tspan>
          )}
          {block.style === 'item' && i === 0 ? <tspan x={x}>{line}</tspan> : line}
        </text>
      );
    });
  });
  const interactive = events
    ? {
        role: 'button' as const,
        tabIndex: 0,
        'aria-pressed': events.selected === node.id,
        onClick: () => events.onSelect(node.id),
        onFocus: () => events.onFocusNode(item),
        onKeyDown: (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            events.onSelect(node.id);
          }
        },
      }
    : {};
  return (
    <g
      class={`node k-${node.kind}`}
      data-node={node.id}
      transform={`translate(${box.x} ${box.y})`}
      {...interactive}
    >
      <rect
        width={box.w}
        height={box.h}
        rx={radius(node.kind)}
        fill={colours.fill}
        stroke={colours.stroke}
        stroke-width={node.kind === 'assessment' || node.kind === 'scenario' ? 2 : 1.2}
        stroke-dasharray={node.kind === 'note' ? '5 3' : undefined}
      />
      {node.kind === 'scenario' && <rect width={6} height={box.h} rx={2} fill={colours.stroke} />}
      {events && <title>{nodeName(node, props.model)}</title>}
      <g fill={colours.text} aria-hidden="true">
        {lines}
      </g>
    </g>
  );
}

export function ChartLayer(props: {
  model: ChartModel;
  id: string;
  /** Text only for the nodes and labels in this box (chart units); all when absent. */
  textIn?: Box | null | undefined;
  events?: NodeEvents | undefined;
}) {
  const { model, id, textIn, events } = props;
  const shown = (box: Box) => !textIn || overlaps(box, textIn);
  const arrow = `url(#${id}-arrow)`;
  return (
    <g>
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" fill={EDGE} />
        </marker>
      </defs>
      <g fill="none" stroke={EDGE} stroke-width="1.6" stroke-linejoin="round">
        {model.edges.map((item) => (
          <path
            key={item.edge.id}
            d={pathData(item)}
            stroke-dasharray={item.edge.kind === 'return' ? '6 4' : undefined}
            marker-end={arrow}
          />
        ))}
      </g>
      {model.nodes.map((item) => (
        <NodeBox
          key={item.node.id}
          item={item}
          model={model}
          text={shown(item.box)}
          events={events}
        />
      ))}
      <g class="labels" font-size={LABEL_FONT} text-anchor="middle" aria-hidden="true">
        {model.edges.map(({ edge, labelAt, labelLines }) =>
          (shown({ x: labelAt[0], y: labelAt[1], w: 0, h: 0 }) ? labelLines : []).map((line, i) => (
            <text
              key={`${edge.id}-${i}`}
              x={labelAt[0]}
              y={labelAt[1] + (i - (labelLines.length - 1) / 2) * LABEL_LINE + 4.5}
            >
              {line}
            </text>
          )),
        )}
      </g>
    </g>
  );
}
