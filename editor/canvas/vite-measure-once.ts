// A build-time change to React Flow (@xyflow/react 12): a node whose size and
// handles the canvas declares (flow-elements.ts: `measured`, `handles`) is not
// measured again just because it was mounted. React Flow observes every node it
// draws and, on the observer's first report, re-reads each node's box and
// handles from the page with `force: true`, then re-renders every node and
// arrow: a second pass of ~340 ms at 1,000 nodes before the first click can be
// handled. Without `force`, React Flow still measures a node whose size differs
// from the one declared, or that has no handles yet, exactly as before.
// Applied to the build and to the dev server's pre-bundled copy alike; the
// build fails when the line is not found (a React Flow upgrade): look again then.
import type { Plugin } from 'vite';

const MODULE = /[\\/]@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/;
const FORCED = /(nodeElement: entry\.target,\s*)force: true,/;

export function measureOnce(): Plugin {
  return {
    name: 'kindreflex-react-flow-measure-once',
    transform(code, id) {
      if (!MODULE.test(id)) return null;
      if (!FORCED.test(code))
        throw new Error(`${id}: React Flow's resize observer changed; see measure-once`);
      return { code: code.replace(FORCED, '$1force: false,'), map: null };
    },
  };
}
