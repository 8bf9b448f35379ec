// Reads a V8 CPU profile (Chrome DevTools Protocol, Profiler domain) taken in
// an unminified build with source maps and says where the time went: self time
// per module (package or source file, from the source map) and the functions
// with the most self time.
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * For each generated line of a bundle, its segments as [column, source index, source line],
 * decoded from the source map's base64 VLQ mappings (a few lines instead of a
 * dependency: only the source file of a position is needed).
 */
function decodeMappings(mappings: string): [number, number, number][][] {
  let source = 0;
  let sourceLine = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = B64.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += values[0]!;
        if (values.length > 1) {
          source += values[1]!;
          sourceLine += values[2]!;
        }
        return [column, source, sourceLine] as [number, number, number];
      });
  });
}

interface SourceMap {
  sources: string[];
  lines: [number, number, number][][];
}

function readMap(file: string): SourceMap | null {
  try {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as {
      sources: string[];
      mappings: string;
    };
    return { sources: map.sources, lines: decodeMappings(map.mappings) };
  } catch {
    return null;
  }
}

function sourceAt(map: SourceMap, line: number, column: number): [string, number] {
  let found: [number, number] | undefined;
  for (const [col, source, sourceLine] of map.lines[line] ?? []) {
    if (col > column) break;
    found = [source, sourceLine];
  }
  return found === undefined
    ? ['(bundle)', 0]
    : [map.sources[found[0]]!.replace(/^(\.\.\/)+/, ''), found[1] + 1];
}

/** node_modules/@xyflow/react/dist/... → @xyflow/react; editor/canvas/X.tsx stays as it is. */
function moduleGroup(path: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return m ? m[1]! : path;
}

export interface Summary {
  totalMs: number;
  byGroup: [string, number][];
  byFunction: [string, number][];
}

export function summarize(profile: CpuProfile, fileFor: (url: string) => string | null): Summary {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt / 1000);
  });
  const maps = new Map<string, SourceMap | null>();
  /** The package or source file of a frame, and its line there. */
  const placeOf = (frame: CallFrame): [string, number] => {
    if (!frame.url) return [frame.functionName || '(native)', 0];
    const file = fileFor(frame.url);
    if (!file) return [new URL(frame.url).pathname, frame.lineNumber + 1];
    if (!maps.has(file)) maps.set(file, readMap(file));
    const map = maps.get(file);
    if (!map) return [file, frame.lineNumber + 1];
    const [source, line] = sourceAt(map, frame.lineNumber, frame.columnNumber);
    return [moduleGroup(source), line];
  };
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const [group, line] = placeOf(node.callFrame);
    if (group === '(idle)') continue;
    totalMs += ms;
    byGroup.set(group, (byGroup.get(group) ?? 0) + ms);
    const fn = `${node.callFrame.functionName || '(anonymous)'}  [${group}${line ? `:${line}` : ''}]`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs, byGroup: sorted(byGroup), byFunction: sorted(byFunction) };
}

export function formatSummary(title: string, s: Summary, top = 15): string {
  const pct = (ms: number) =>
    `${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / s.totalMs).toFixed(1).padStart(5)} %`;
  return [
    `${title}: ${s.totalMs.toFixed(1)} ms of main-thread time (idle excluded)`,
    '  by module (self time):',
    ...s.byGroup.slice(0, top).map(([g, ms]) => `  ${pct(ms)}  ${g}`),
    '  by function (self time):',
    ...s.byFunction.slice(0, top).map(([f, ms]) => `  ${pct(ms)}  ${f}`),
  ].join('\n');
}
