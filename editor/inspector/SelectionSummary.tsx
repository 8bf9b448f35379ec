// Several things selected: how many, of which kinds, and what can be done to
// all of them at once.
import type { Lang } from '../../schema/problems';
import type { Card } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { KIND_NAMES } from '../state/commands/flow-commands';
import { deleteSelection, duplicateSelection, layoutNodes } from '../canvas/canvas-actions';
import { inspectorTexts } from './inspector-texts';

const WORDS = {
  nl: { node: ['knoop', 'knopen'], edge: ['pijl', 'pijlen'], and: 'en', selected: 'geselecteerd' },
  en: { node: ['node', 'nodes'], edge: ['arrow', 'arrows'], and: 'and', selected: 'selected' },
} as const;

/** "2 knopen en 1 pijl geselecteerd", leaving out what is not selected. */
function selectedText(nodes: number, edges: number, lang: Lang): string {
  const w = WORDS[lang];
  const part = (n: number, [one, many]: readonly [string, string]) =>
    n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  return `${[...part(nodes, w.node), ...part(edges, w.edge)].join(` ${w.and} `)} ${w.selected}`;
}

export function SelectionSummary({
  card,
  nodeIds,
  edgeIds,
}: {
  card: Card;
  nodeIds: string[];
  edgeIds: string[];
}) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const ids = new Set(nodeIds);
  const kinds = new Map<string, number>();
  for (const n of card.flow.nodes)
    if (ids.has(n.id))
      kinds.set(KIND_NAMES[n.kind][lang], (kinds.get(KIND_NAMES[n.kind][lang]) ?? 0) + 1);
  return (
    <div className="selection-summary">
      <p role="status">{selectedText(nodeIds.length, edgeIds.length, lang)}</p>
      {kinds.size > 0 && (
        <ul>
          {[...kinds].map(([kind, n]) => (
            <li key={kind}>
              {kind}: {n}
            </li>
          ))}
        </ul>
      )}
      <div className="inspector-actions">
        <button type="button" className="danger" onClick={() => deleteSelection(studio)}>
          {t(inspectorTexts.delete)}
        </button>
        <button
          type="button"
          disabled={nodeIds.length === 0}
          onClick={() => duplicateSelection(studio)}
        >
          {t(inspectorTexts.duplicate)}
        </button>
        <button
          type="button"
          disabled={nodeIds.length < 2}
          onClick={() => void layoutNodes(studio)}
        >
          {t(inspectorTexts.layout)}
        </button>
      </div>
    </div>
  );
}
