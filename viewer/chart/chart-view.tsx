/** @jsxImportSource preact */
// The interactive chart: the SVG fitted to the screen on open, panned by
// dragging or the arrow keys, zoomed with the wheel, a pinch, +/− or the
// buttons. Choosing a node opens its panel.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '../../schema/types';
import { t } from '../i18n';
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

export function ChartView({ card, model, region, selected, onSelect }: ChartProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<Viewport>({ x: 0, y: 0, k: 1 });
  // Refs, not state: gestures read and write them on every pointer event.
  const size = useRef<Pt>([0, 0]);
  const moved = useRef(false);
  const dragged = useRef(false);
  const travel = useRef(0);
  const pointers = useRef(new Map<number, Pt>());

  const fit = () => {
    moved.current = false;
    setView(fitViewport(model.bounds, ...size.current));
  };
  const zoom = (factor: number, at: Pt = [size.current[0] / 2, size.current[1] / 2]) => {
    moved.current = true;
    setView((v) => zoomAt(v, factor, ...at));
  };
  const pan = (dx: number, dy: number) => {
    moved.current = true;
    setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
  };

  useEffect(() => {
    const el = wrap.current!;
    const observer = new ResizeObserver(() => {
      size.current = [el.clientWidth, el.clientHeight];
      if (!moved.current) setView(fitViewport(model.bounds, ...size.current));
    });
    observer.observe(el);
    // The wheel zooms the chart, not the page: a non-passive listener may cancel scrolling.
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const delta = e.deltaY * (e.deltaMode ? 40 : 1);
      zoom(Math.exp(-delta * 0.0015), [e.clientX - r.left, e.clientY - r.top]);
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      observer.disconnect();
      el.removeEventListener('wheel', wheel);
    };
  }, [model]);

  const local = (e: PointerEvent): Pt => {
    const r = wrap.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const onPointerDown = (e: PointerEvent) => {
    pointers.current.set(e.pointerId, local(e));
    travel.current = 0;
    dragged.current = false;
  };
  // The pointers' centre and spread: one pointer pans, two also zoom as their spread changes.
  const gesture = (): [number, number, number] => {
    const pts = [...pointers.current.values()];
    const [a, b] = pts;
    const mean = (i: 0 | 1) => pts.reduce((sum, p) => sum + p[i], 0) / (pts.length || 1);
    return [mean(0), mean(1), a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) : 0];
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!pointers.current.has(e.pointerId)) return;
    const [x0, y0, s0] = gesture();
    pointers.current.set(e.pointerId, local(e));
    const [x1, y1, s1] = gesture();
    // A few pixels of wobble are still a click (or tap) on a node.
    travel.current += Math.hypot(x1 - x0, y1 - y0) + Math.abs(s1 - s0);
    if (travel.current < 5) return;
    if (!dragged.current) (e.currentTarget as Element).setPointerCapture(e.pointerId);
    dragged.current = moved.current = true;
    setView((v) => {
      const z = s0 && s1 ? zoomAt(v, s1 / s0, x1, y1) : v;
      return { ...z, x: z.x + x1 - x0, y: z.y + y1 - y0 };
    });
  };
  const onPointerUp = (e: PointerEvent) => pointers.current.delete(e.pointerId);

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, Pt> = {
      ArrowLeft: [80, 0],
      ArrowRight: [-80, 0],
      ArrowUp: [0, 80],
      ArrowDown: [0, -80],
    };
    const by = moves[e.key];
    if (by) pan(...by);
    else if (e.key === '+' || e.key === '=') zoom(STEP);
    else if (e.key === '-' || e.key === '_') zoom(1 / STEP);
    else if (e.key === '0') fit();
    else return;
    e.preventDefault();
  };

  const onFocusNode = (item: ChartNode) => setView((v) => revealBox(v, item.box, ...size.current));
  const node = card.flow.nodes.find((n) => n.id === selected);

  return (
    <div class="chart-view">
      <div
        ref={wrap}
        class="chart"
        role="group"
        aria-label={t.chartHelp}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClickCapture={(e) => dragged.current && e.stopPropagation()}
      >
        <svg width="100%" height="100%">
          <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
            <ChartLayer
              model={model}
              id="live"
              events={{ selected, onSelect: (id) => onSelect(id), onFocusNode }}
            />
          </g>
        </svg>
        <div class="zoom">
          {(
            [
              [t.zoomIn, '+', () => zoom(STEP)],
              [t.zoomOut, '−', () => zoom(1 / STEP)],
              [t.fit, '⤢', fit],
            ] as const
          ).map(([label, sign, act]) => (
            <button key={sign} type="button" aria-label={label} title={label} onClick={act}>
              {sign}
            </button>
          ))}
        </div>
      </div>
      {node && (
        <NodePanel
          card={card}
          node={node}
          region={region}
          onClose={() => {
            onSelect(undefined);
            wrap.current
              ?.querySelector<SVGElement>(`[data-node="${CSS.escape(node.id)}"]`)
              ?.focus();
          }}
        />
      )}
    </div>
  );
}
