// The "+" on a selected arrow: inserts a new step into it (insert-on-edge.ts).
import { EdgeLabelRenderer } from '@xyflow/react';
import type { Point } from '../../schema/layout/edge-geometry';
import type { FlowEdge } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { insertStepIntoEdge } from './insert-on-edge';
import { routingTexts } from './routing-texts';

export function InsertOnEdge({ edge, at }: { edge: FlowEdge; at: Point }) {
  const studio = useStudio();
  const t = useT();
  return (
    <EdgeLabelRenderer>
      <button
        type="button"
        className="edge-insert nodrag nopan"
        // Beside the arrow, over the boxes: on a short arrow between two steps it stays clickable.
        style={{
          transform: `translate(-50%, -50%) translate(${at[0] + 22}px, ${at[1]}px)`,
          zIndex: 1001,
        }}
        title={t(routingTexts.insert)}
        aria-label={t(routingTexts.insert)}
        onClick={() => insertStepIntoEdge(studio, edge.id, t(routingTexts.newStep))}
      >
        +
      </button>
    </EdgeLabelRenderer>
  );
}
