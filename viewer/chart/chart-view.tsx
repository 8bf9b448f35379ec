/** @jsxImportSource preact */
// The interactive chart: the SVG fitted to the screen on open, panned by
// dragging or the arrow keys, zoomed with the wheel, a pinch, +/− or the
// buttons. Choosing a node opens its panel.
import { Component, createRef } from 'preact';
import type { Card } from '../../schema/types';
import { tr } from '../i18n';
import { ChartLayer } from './chart-layer';
import type { ChartModel, ChartNode } from './geometry';
import { NodePanel } from './node-panel';
import { fitViewport, revealBox, zoomAt, type Viewport } from './pan-zoom';

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

export class ChartView extends Component<ChartProps, Viewport> {
  override state = { x: 0, y: 0, k: 1 };
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

  /**
   * On a phone the whole card would be unreadable: it opens at the top, on
   * START and the conversation below it, with text at 11.7 px (zoom 0.9);
   * "Hele kaart" (⤢ or 0) shows all of it.
   */
  open = () => {
    const [w] = this.size;
    const start = this.props.model.nodes.find((n) => n.node.kind === 'start')?.box;
    if (w >= 700 || !start) return this.fit();
    this.setState({ k: 0.9, x: w / 2 - (start.x + start.w / 2) * 0.9, y: 8 - start.y * 0.9 });
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

  override render({ card, model, region, selected, onSelect }: ChartProps, view: Viewport) {
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
          <svg width="100%" height="100%">
            <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
              <ChartLayer
                model={model}
                id="live"
                events={{ selected, onSelect, onFocusNode: this.onFocusNode }}
              />
            </g>
          </svg>
          <div class="zoom" id="na-schema" tabIndex={-1}>
            {(
              [
                [tr('Inzoomen'), '+', () => this.zoom(STEP)],
                [tr('Uitzoomen'), '−', () => this.zoom(1 / STEP)],
                [tr('Hele kaart'), '⤢', this.fit],
              ] as const
            ).map(([label, sign, act]) => (
              <button key={sign} type="button" aria-label={label} onClick={act}>
                {sign}
              </button>
            ))}
          </div>
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
