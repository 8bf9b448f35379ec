import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { measureOnce } from '../../editor/canvas/vite-measure-once';

type Transform = (code: string, id: string) => { code: string } | null;
const transform = measureOnce().transform as unknown as Transform;
// The module browsers get (package.json: exports["."].browser).
const file = createRequire(import.meta.url)
  .resolve('@xyflow/react/package.json')
  .replace(/package\.json$/, 'dist/esm/index.js');
const installed = readFileSync(file, 'utf8');

describe('React Flow measuring a mounted node once (vite-measure-once)', () => {
  it('changes only the resize observer’s forced update in the installed React Flow', () => {
    const out = transform(installed, file)!.code;
    expect(out).not.toBe(installed);
    expect(out).toMatch(/nodeElement: entry\.target,\s*force: false,/);
    expect(out.length).toBe(installed.length + 1);
    // Other forced updates (a node whose handle positions changed) stay.
    expect(out.match(/force: true/g)?.length).toBe(
      (installed.match(/force: true/g)?.length ?? 0) - 1,
    );
  });

  it('leaves other modules alone and refuses a React Flow it does not know', () => {
    expect(transform(installed, '/x/node_modules/other/index.js')).toBeNull();
    expect(() => transform('export {}', '/x/node_modules/@xyflow/react/dist/esm/index.js')).toThrow(
      /resize observer changed/,
    );
  });
});
