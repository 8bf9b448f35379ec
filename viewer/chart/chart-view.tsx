/** @jsxImportSource preact */
// The interactive chart: the SVG fitted to the screen on open, panned by
// dragging or the arrow keys, zoomed with the wheel, a pinch, +/− or the
// buttons. Choosing a node opens its panel.
import { Component, createRef } from 'preact';
import type { Card } from '../../schema/types';
import { lang, tr } from '../i18n';
import { ChartLayer, type NodeEvents } from './chart-layer';
import { startBox, type Box, type ChartModel, type ChartNode } from './geometry';
import { NodePanel } from './node-panel';
import {
  fitViewport,
  openingViewport,
  revealBox,
  shownBox,
  WHOLE_FROM,
  zoomAt,
  type Viewport,
} from './pan-zoom';

type Pt = [number, number];
const STEP = 1.25;

export interface ChartProps {
  card: Card;
  model: ChartModel;
  region: string | undefined;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
}

const ARROW_KEYS: Record<string, Pt> = {
  ArrowLeft: [80, 0],
  ArrowRight: [-80, 0],
  ArrowUp: [0, 80],
  ArrowDown: [0, -80],
};

interface ChartState extends Viewport {
  /** Text only for what is in this box (chart units) until the first frame is painted. */
  textIn: Box | null;
}

/**
 * Where the chart's text is drawn in the first frame: on a phone only for the
 * nodes in the view it opens with (24 of the sample's 37), the rest right after
 * that frame; all of it first cost a phone at 4× CPU slowdown 60–120 ms more
 * before the chart showed. The window bounds the pane, so its view holds the pane's.
 */
function firstText(model: ChartModel): Box | null {
  const [w, h] = [innerWidth, innerHeight];
  const start = startBox(model);
  return w >= WHOLE_FROM || !start
    ? null
    : shownBox(openingViewport(model.bounds, start, w, h), w, h);
}

/**
 * The chart itself, drawn again only when what it shows changes (the card, the
 * chosen node, the language, all text after the first frame), not when it is
 * panned or zoomed. Redrawn for the view set on open, it cost a phone at 4× CPU
 * slowdown 50 ms of script.
 */
class StillLayer extends Component<{
  model: ChartModel;
  selected: string | undefined;
  language: string;
  textIn: Box | null;
  onSelect: NodeEvents['onSelect'];
  onFocusNode: NodeEvents['onFocusNode'];
}> {
  override shouldComponentUpdate(next: StillLayer['props']) {
    const { model, selected, language, textIn } = this.props;
    return (
      next.model !== model ||
      next.selected !== selected ||
      next.language !== language ||
      next.textIn !== textIn
    );
  }
  override render({ model, selected, textIn, onSelect, onFocusNode }: StillLayer['props']) {
    const events = { selected, onSelect, onFocusNode };
    return <ChartLayer model={model} id="live" textIn={textIn} events={events} />;
  }
}

/** The zoom buttons; without actions, as a published page draws them before the viewer runs. */
export function ZoomButtons({ zoom, fit }: { zoom?: (factor: number) => void; fit?: () => void }) {
  const buttons = [
    [tr('Inzoomen'), '+', () => zoom?.(STEP)],
    [tr('Uitzoomen'), '−', () => zoom?.(1 / STEP)],
    [tr('Hele kaart'), '⤢', fit],
  ] as const;
  return (
    <div class="zoom" id={zoom && 'na-schema'} tabIndex={zoom && -1}>
      {buttons.map(([label, sign, act]) => (
        <button key={sign} type="button" aria-label={label} onClick={act}>
          {sign}
        </button>
      ))}
    </div>
  );
}

export class ChartView extends Component<ChartProps, ChartState> {
  override state: ChartState = { x: 0, y: 0, k: 1, textIn: firstText(this.props.model) };
  wrap = createRef<HTMLDivElement>();
  // Plain fields, not state: gestures read and write them on every pointer event.
  size: Pt = [0, 0];
  /** The reader has panned or zoomed: a resize no longer refits. */
  moved = false;
  /** The pointer travelled too far for a click: the click that ends the drag is swallowed. */
  dragged = false;
  travel = 0;
  pointers = new Map<number, Pt>();
  observer = new ResizeObserver(() => {
    const el = this.wrap.current!;
    this.size = [el.clientWidth, el.clientHeight];
    if (!this.moved) this.open();
  });

  /** The whole card fitted on screen. */
  fit = () => {
    this.moved = false;
    this.setState(fitViewport(this.props.model.bounds, ...this.size));
  };

  /** The view the chart opens with (pan-zoom.ts): whole, or on a phone its start. */
  open = () => {
    const { model } = this.props;
    this.setState(openingViewport(model.bounds, startBox(model), ...this.size));
  };

  zoom = (factor: number, at: Pt = [this.size[0] / 2, this.size[1] / 2]) => {
    this.moved = true;
    this.setState((v) => zoomAt(v, factor, ...at));
  };
  pan = (dx: number, dy: number) => {
    this.moved = true;
    this.setState((v) => ({ x: v.x + dx, y: v.y + dy }));
  };

  // The wheel zooms the chart, not the page: a non-passive listener may cancel scrolling.
  wheel = (e: WheelEvent) => {
    e.preventDefault();
    const [x, y] = this.local(e);
    this.zoom(Math.exp(-e.deltaY * (e.deltaMode ? 40 : 1) * 0.0015), [x, y]);
  };

  override componentDidMount() {
    this.observer.observe(this.wrap.current!);
    if (this.state.textIn)
      requestAnimationFrame(() => setTimeout(() => this.setState({ textIn: null })));
    this.wrap.current!.addEventListener('wheel', this.wheel, { passive: false });
  }

  override componentWillUnmount() {
    this.observer.disconnect();
  }

  local = (e: MouseEvent): Pt => {
    const r = this.wrap.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };

  onPointerDown = (e: PointerEvent) => {
    this.pointers.set(e.pointerId, this.local(e));
    this.travel = 0;
    this.dragged = false;
  };

  /** The pointers' centre and spread: one pointer pans, two also zoom as their spread changes. */
  gesture = (): [number, number, number] => {
    const pts = [...this.pointers.values()];
    const [a, b] = pts;
    const mean = (i: 0 | 1) => pts.reduce((sum, p) => sum + p[i], 0) / (pts.length || 1);
    return [mean(0), mean(1), a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) : 0];
  };

  onPointerMove = (e: PointerEvent) => {
    if (!this.pointers.has(e.pointerId)) return;
    const [x0, y0, s0] = this.gesture();
    this.pointers.set(e.pointerId, this.local(e));
    const [x1, y1, s1] = this.gesture();
    // A few pixels of wobble are still a click (or tap) on a node.
    this.travel += Math.hypot(x1 - x0, y1 - y0) + Math.abs(s1 - s0);
    if (this.travel < 5) return;
    if (!this.dragged) (e.currentTarget as Element).setPointerCapture(e.pointerId);
    this.dragged = this.moved = true;
    this.setState((v) => {
      const z = s0 && s1 ? zoomAt(v, s1 / s0, x1, y1) : v;
      return { ...z, x: z.x + x1 - x0, y: z.y + y1 - y0 };
    });
  };

  onPointerUp = (e: PointerEvent) => this.pointers.delete(e.pointerId);

  onKeyDown = (e: KeyboardEvent) => {
    const by = ARROW_KEYS[e.key];
    if (by) this.pan(...by);
    else if (e.key === '+' || e.key === '=') this.zoom(STEP);
    else if (e.key === '-' || e.key === '_') this.zoom(1 / STEP);
    else if (e.key === '0') this.fit();
    else return;
    e.preventDefault();
  };

  onFocusNode = (item: ChartNode) => this.setState((v) => revealBox(v, item.box, ...this.size));
  /** The latest onSelect: a chart not drawn again keeps this one. */
  select = (id: string) => this.props.onSelect(id);

  override render({ card, model, region, selected, onSelect }: ChartProps, view: ChartState) {
    const node = card.flow.nodes.find((n) => n.id === selected);
    return (
      <div class="chart-view">
        <a
          class="skip"
          href="#na-schema"
          onClick={(e) => {
            e.preventDefault();
            this.wrap.current?.querySelector<HTMLElement>('#na-schema')?.focus();
          }}
        >
          {tr('Stroomschema overslaan')}
        </a>
        <div
          ref={this.wrap}
          class="chart"
          role="group"
          aria-label={tr(
            'Stroomschema: verschuif met slepen of pijltjes, zoom met + en −, 0 past in beeld',
          )}
          tabIndex={0}
          onKeyDown={this.onKeyDown}
          onPointerDown={this.onPointerDown}
          onPointerMove={this.onPointerMove}
          onPointerUp={this.onPointerUp}
          onPointerCancel={this.onPointerUp}
          onClickCapture={(e) => this.dragged && e.stopPropagation()}
        >
          {/* Panned and zoomed by a CSS transform: the view set once the pane's size is known,
              and every pan and zoom after, then repaint the chart without laying out its text
              again (as an SVG transform it did: 38–47 ms on a phone at 4× CPU slowdown). */}
          <svg
            class="chart-plane"
            style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.k})` }}
          >
            <StillLayer
              model={model}
              selected={selected}
              language={lang}
              textIn={view.textIn}
              onSelect={this.select}
              onFocusNode={this.onFocusNode}
            />
          </svg>
          <ZoomButtons zoom={this.zoom} fit={this.fit} />
        </div>
        {node && (
          <NodePanel
            key={node.id}
            card={card}
            node={node}
            region={region}
            onClose={() => {
              onSelect(undefined);
              this.wrap.current
                ?.querySelector<SVGElement>(`[data-node="${CSS.escape(node.id)}"]`)
                ?.focus();
            }}
          />
        )}
      </div>
    );
  }
}
