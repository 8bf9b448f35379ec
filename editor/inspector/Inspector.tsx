// The inspector beside the canvas: the selected node's or arrow's fields, a
// summary for a multi-selection, or a hint when nothing is selected. The
// editors themselves are loaded at the first selection, not with the canvas.
import { useMemo } from 'react';
import { useCard, useObservable, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { indexIn, problemsOfItem, useChecked } from '../problems/card-problems';
import { lazyNamed, OnFirstUse } from '../app/OnFirstUse';
import { inspectorTexts } from './inspector-texts';
import './inspector.css';

// Editing needs them offline too (the shared workspace queues edits): loaded soon after start.
const PRELOAD = { preload: true };
const NodeInspector = lazyNamed(() => import('./NodeInspector'), 'NodeInspector', PRELOAD);
const EdgeInspector = lazyNamed(() => import('./EdgeInspector'), 'EdgeInspector', PRELOAD);
const SelectionSummary = lazyNamed(() => import('./SelectionSummary'), 'SelectionSummary', PRELOAD);

export function Inspector() {
  const studio = useStudio();
  const card = useCard();
  const t = useT();
  const selection = useObservable(studio.selection);
  const checked = useChecked();
  // The selection can name what an undo just removed: show only what exists.
  const { nodeIds, edgeIds } = useMemo(() => {
    if (!card) return { nodeIds: [], edgeIds: [] };
    return {
      nodeIds: selection.nodeIds.filter((id) => card.flow.nodes.some((n) => n.id === id)),
      edgeIds: selection.edgeIds.filter((id) => card.flow.edges.some((e) => e.id === id)),
    };
  }, [card, selection]);
  if (!card) return null;
  // The fields show at once; a card's problems follow when its check is done (a second or
  // two after opening a large card), with pointers that index into the card checked.
  const problems = checked?.problems ?? [];
  const checkedCard = checked?.card ?? card;
  let body: React.ReactNode;
  if (nodeIds.length === 1 && edgeIds.length === 0) {
    const node = card.flow.nodes.find((n) => n.id === nodeIds[0])!;
    const index = indexIn(checkedCard, 'nodes', node.id);
    body = (
      <NodeInspector
        key={node.id}
        card={card}
        node={node}
        index={index}
        problems={problemsOfItem(problems, 'nodes', index)}
      />
    );
  } else if (edgeIds.length === 1 && nodeIds.length === 0) {
    const edge = card.flow.edges.find((e) => e.id === edgeIds[0])!;
    const index = indexIn(checkedCard, 'edges', edge.id);
    body = (
      <EdgeInspector
        key={edge.id}
        card={card}
        edge={edge}
        index={index}
        problems={problemsOfItem(problems, 'edges', index)}
      />
    );
  } else if (nodeIds.length + edgeIds.length > 1) {
    body = <SelectionSummary card={card} nodeIds={nodeIds} edgeIds={edgeIds} />;
  } else {
    body = <p className="muted">{t(inspectorTexts.nothing)}</p>;
  }
  return (
    <aside id="inspector" className="inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">{t(inspectorTexts.heading)}</h2>
      <OnFirstUse>{body}</OnFirstUse>
    </aside>
  );
}
