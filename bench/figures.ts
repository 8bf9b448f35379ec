// A benchmark figure: what was measured, how much, against which target, and
// for figures measured beside a peer (plain React Flow, bpmn-js) the peer's
// value in the same run.

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target as a bound: the figure passes when value <= max (or >= min). */
  target?: { max?: number; min?: number };
  /** The peer's value for the same measurement in the same run. */
  peer?: number;
  note?: string;
}

export function passes(figure: Figure): boolean | null {
  if (!figure.target) return null;
  if (!Number.isFinite(figure.value)) return false; // not measured is not met
  if (figure.target.max !== undefined && figure.value > figure.target.max) return false;
  if (figure.target.min !== undefined && figure.value < figure.target.min) return false;
  return true;
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

export function formatFigure(figure: Figure): string {
  const bound =
    figure.target?.max !== undefined
      ? `< ${figure.target.max}`
      : figure.target?.min !== undefined
        ? `> ${figure.target.min}`
        : '';
  const verdict = passes(figure);
  const mark = verdict === null ? '' : verdict ? 'ok' : 'MISSED';
  return [
    figure.name.padEnd(64),
    `${number(figure.value)} ${figure.unit}`.padStart(12),
    (figure.peer !== undefined ? `peer ${number(figure.peer)}` : '').padEnd(13),
    (bound ? `target ${bound} ${figure.unit}` : '').padEnd(20),
    mark.padEnd(6),
    figure.note ?? '',
  ]
    .join('  ')
    .trimEnd();
}

export const median = (values: readonly number[]): number => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};

/**
 * A measurement repeated beside a peer, run for run (interleaved, so both see
 * the same load on a shared machine): the median of each, and the median of the
 * run-by-run ratios, which is what decides when absolute times swing.
 */
export function compared(
  name: string,
  unit: string,
  ours: readonly number[],
  peer: readonly number[],
  { max, ratioMax, note }: { max?: number; ratioMax?: number; note?: string } = {},
): Figure[] {
  const ratios = ours.map((v, i) => v / peer[i]!);
  return [
    {
      name,
      value: median(ours),
      unit,
      peer: median(peer),
      ...(max !== undefined ? { target: { max } } : {}),
      note: note ?? `median of ${ours.length}`,
    },
    {
      name: `${name}: ratio`,
      value: median(ratios),
      unit: 'x',
      ...(ratioMax !== undefined ? { target: { max: ratioMax } } : {}),
      note: `runs: ${ratios.map((r) => r.toFixed(2)).join(' ')}`,
    },
  ];
}

/** Median of repeated timings, after warm-up runs, in milliseconds. */
export async function medianMs(
  run: () => unknown,
  { warmup = 3, runs = 15 } = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}
