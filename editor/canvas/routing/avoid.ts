// The one place that talks to libavoid (orthogonal connector routing around
// boxes, compiled to WebAssembly by libavoid-js). Everything else works with
// plain boxes and points. libavoid is loaded on demand (dynamic import): its
// ~480 kB of WebAssembly never weighs on the studio's first load, and the
// viewer never loads it at all.
import type { Point } from '../../../schema/layout/edge-geometry';
import type { Box } from '../../../schema/layout/sides';
import type { Side } from '../../../schema/types';

export interface ConnectorEnd {
  /** Index into RoutingTask.shapes. */
  shape: number;
  side: Side;
  /** Where on that side, as a fraction of the box's width (top, bottom) or height (left, right). */
  at: number;
}
export interface RoutingTask {
  shapes: Box[];
  connectors: { id: string; from: ConnectorEnd; to: ConnectorEnd }[];
  /** How far arrows keep from boxes; less where boxes stand closer than twice that. */
  buffer?: number;
}
/** Routes every connector of a task: id → its points, from the source side to the target side. */
export type RouteFn = (task: RoutingTask) => Map<string, Point[]>;

/** The part of libavoid-js's (untyped) WebAssembly module this file uses. */
interface Wrapped {
  __destroy__?: () => void;
}
interface AvoidRouter extends Wrapped {
  setRoutingParameter(parameter: number, value: number): void;
  setRoutingOption(option: number, value: boolean): void;
  processTransaction(): void;
}
interface AvoidPolyLine {
  size(): number;
  get_ps(i: number): { x: number; y: number };
}
interface AvoidConnRef extends Wrapped {
  displayRoute(): AvoidPolyLine;
}
interface AvoidPin extends Wrapped {
  setExclusive(exclusive: boolean): void;
}
type Ctor<A extends unknown[], T> = new (...args: A) => T;
interface AvoidModule {
  Router: Ctor<[number], AvoidRouter>;
  Point: Ctor<[number, number], Wrapped>;
  Rectangle: Ctor<[Wrapped, Wrapped], Wrapped>;
  ShapeRef: Ctor<[AvoidRouter, Wrapped], Wrapped>;
  ShapeConnectionPin: Ctor<[Wrapped, number, number, number, boolean, number, number], AvoidPin>;
  ConnEnd: Ctor<[Wrapped, number], Wrapped>;
  ConnRef: Ctor<[AvoidRouter, Wrapped, Wrapped], AvoidConnRef>;
  destroy(object: Wrapped): void;
  OrthogonalRouting: number;
  shapeBufferDistance: number;
  idealNudgingDistance: number;
  segmentPenalty: number;
  nudgeOrthogonalSegmentsConnectedToShapes: number;
  nudgeSharedPathsWithCommonEndPoint: number;
  performUnifyingNudgingPreprocessingStep: number;
  ConnDirUp: number;
  ConnDirDown: number;
  ConnDirLeft: number;
  ConnDirRight: number;
}

/** How far arrows keep from boxes, and parallel arrows from each other (px). */
export const SHAPE_BUFFER = 12;
const NUDGE = 10;
const SHARED_UP_TO = 8;
const FAN = 8;

function routeWith(A: AvoidModule, task: RoutingTask): Map<string, Point[]> {
  const router = new A.Router(A.OrthogonalRouting);
  router.setRoutingParameter(A.shapeBufferDistance, task.buffer ?? SHAPE_BUFFER);
  router.setRoutingParameter(A.idealNudgingDistance, NUDGE);
  // A bend costs as much as 50 px of length: few corners, like a hand-drawn card.
  router.setRoutingParameter(A.segmentPenalty, 50);
  router.setRoutingOption(A.nudgeOrthogonalSegmentsConnectedToShapes, true);
  router.setRoutingOption(A.nudgeSharedPathsWithCommonEndPoint, false);
  // Aligning the last stretches of arrows into one box is libavoid's slowest step on a wide fan
  // (a 50-arrow fan: 19 s with it, 1.4 s without) and changes nothing on the sample card.
  router.setRoutingOption(A.performUnifyingNudgingPreprocessingStep, false);
  const temporaries: Wrapped[] = [];
  const keep = <T extends Wrapped>(object: T): T => (temporaries.push(object), object);
  const shapes = task.shapes.map((b) => {
    const rect = keep(
      new A.Rectangle(keep(new A.Point(b.x, b.y)), keep(new A.Point(b.x + b.w, b.y + b.h))),
    );
    return new A.ShapeRef(router, rect);
  });
  const DIRECTION: Record<Side, number> = {
    top: A.ConnDirUp,
    bottom: A.ConnDirDown,
    left: A.ConnDirLeft,
    right: A.ConnDirRight,
  };
  // One pin per place on a side, where the card wants the arrow, leaving square to its side.
  // A few arrows that leave from one place share its pin and split like a bus (two pins on one
  // spot confuse libavoid); a wide fan (more than SHARED_UP_TO) gets pins side by side instead,
  // as shared paths that long make libavoid's nudging slow (27 s against 3.7 s for a fan of 50).
  const uses = new Map<string, number>();
  const keyOf = ({ shape, side, at }: ConnectorEnd) => `${shape}:${side}:${at}`;
  for (const c of task.connectors)
    for (const e of [c.from, c.to]) uses.set(keyOf(e), (uses.get(keyOf(e)) ?? 0) + 1);
  const pins = new Map<string, number>();
  const spread = new Map<string, number>();
  let classId = 0;
  const end = (e: ConnectorEnd) => {
    const { shape, side } = e;
    const ref = shapes[shape]!;
    const key = keyOf(e);
    const count = uses.get(key)!;
    let at = e.at;
    let id = pins.get(key);
    if (count > SHARED_UP_TO) {
      // Spread over the side, FAN px apart, centred on the place asked for.
      const k = spread.get(key) ?? 0;
      spread.set(key, k + 1);
      const box = task.shapes[shape]!;
      const length = side === 'top' || side === 'bottom' ? box.w : box.h;
      const step = Math.min(FAN, (length - 4) / count);
      at = Math.min(1, Math.max(0, at + ((k - (count - 1) / 2) * step) / length));
      id = undefined;
    }
    if (id === undefined) {
      id = ++classId;
      if (count <= SHARED_UP_TO) pins.set(key, id);
      const [fx, fy] =
        side === 'top' ? [at, 0] : side === 'bottom' ? [at, 1] : [side === 'left' ? 0 : 1, at];
      new A.ShapeConnectionPin(ref, id, fx, fy, true, 0, DIRECTION[side]).setExclusive(false);
    }
    return keep(new A.ConnEnd(ref, id));
  };
  const connectors = task.connectors.map(
    (c) => [c.id, new A.ConnRef(router, end(c.from), end(c.to))] as const,
  );
  router.processTransaction();
  const routes = new Map<string, Point[]>();
  for (const [id, conn] of connectors) {
    const line = conn.displayRoute();
    const points: Point[] = [];
    for (let i = 0; i < line.size(); i++) {
      const p = line.get_ps(i);
      points.push([p.x, p.y]);
    }
    routes.set(id, points);
  }
  // The router owns its shapes, pins and connectors; the rest was copied into it.
  A.destroy(router);
  for (const t of temporaries) A.destroy(t);
  return routes;
}

let loading: Promise<RouteFn> | null = null;

/**
 * libavoid, loaded once. `wasmUrl` is where the browser finds libavoid.wasm
 * (Node finds it beside the module by itself).
 */
export function loadAvoid(wasmUrl?: string): Promise<RouteFn> {
  loading ??= import('libavoid-js').then(async ({ AvoidLib }) => {
    await AvoidLib.load(wasmUrl);
    const A = AvoidLib.getInstance() as unknown as AvoidModule;
    return (task: RoutingTask) => routeWith(A, task);
  });
  return loading;
}
