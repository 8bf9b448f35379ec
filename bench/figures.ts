// A benchmark figure: what was measured, how much, against which target.

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target as a bound: the figure passes when value <= max (or >= min). */
  target?: { max?: number; min?: number };
  note?: string;
}

export function passes(figure: Figure): boolean | null {
  if (!figure.target) return null;
  if (!Number.isFinite(figure.value)) return false; // not measured is not met
  if (figure.target.max !== undefined && figure.value > figure.target.max) return false;
  if (figure.target.min !== undefined && figure.value < figure.target.min) return false;
  return true;
}

export function formatFigure(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(2);
  const bound =
    figure.target?.max !== undefined
      ? `< ${figure.target.max}`
      : figure.target?.min !== undefined
        ? `> ${figure.target.min}`
        : '';
  const verdict = passes(figure);
  const mark = verdict === null ? '' : verdict ? 'ok' : 'MISSED';
  return [
    figure.name.padEnd(58),
    `${value} ${figure.unit}`.padStart(14),
    (bound ? `target ${bound} ${figure.unit}` : '').padEnd(22),
    mark.padEnd(6),
    figure.note ?? '',
  ]
    .join('  ')
    .trimEnd();
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
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
