// The flow view's toolbar: add a node of any kind (each with its key), and act
// on the selection. Every button says what it does, also to screen readers.
import { NODE_KINDS } from '../../schema/types';
import { keyLabel } from '../app/shortcuts';
import { ChartExportButtons } from '../export/ChartExportButtons';
import { useObservable, useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { KIND_NAMES } from '../state/commands/flow-commands';
import {
  addNodeOfKind,
  deleteSelection,
  duplicateSelection,
  layoutNodes,
  type ViewportCentre,
} from './canvas-actions';
import { canvasTexts } from './canvas-texts';
import { focusNodeSoon } from './use-canvas-keys';
import { miniMapShown, toggleMiniMap } from './minimap-toggle';
import { rerouteAll } from './routing/routing';
import { routingTexts } from './routing-texts';

export function CanvasToolbar({ centre, fit }: { centre: ViewportCentre; fit: () => void }) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const selection = useObservable(studio.selection);
  const nodes = selection.nodeIds.length;
  const any = nodes + selection.edgeIds.length > 0;
  const miniMap = useObservable(miniMapShown);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t(canvasTexts.toolbar)}>
      <span className="canvas-toolbar-label" aria-hidden="true">
        {t(canvasTexts.add)}
      </span>
      {NODE_KINDS.map((kind, i) => {
        const name = t(canvasTexts.addKind, { kind: KIND_NAMES[kind][lang].toLowerCase() });
        return (
          <button
            key={kind}
            type="button"
            className={`add-kind add-kind-${kind}`}
            aria-label={name}
            aria-keyshortcuts={String(i + 1)}
            title={`${name} (${i + 1})`}
            onClick={() => {
              const id = addNodeOfKind(studio, kind, centre);
              if (id) focusNodeSoon(id);
            }}
          >
            {KIND_NAMES[kind][lang]}
          </button>
        );
      })}
      <span className="canvas-toolbar-gap" />
      <button
        type="button"
        disabled={!any}
        aria-keyshortcuts="Delete"
        onClick={() => deleteSelection(studio)}
      >
        {t(canvasTexts.delete)}
      </button>
      <button
        type="button"
        disabled={nodes === 0}
        title={`${t(canvasTexts.duplicate)} (${keyLabel('Mod+D')})`}
        onClick={() => duplicateSelection(studio)}
      >
        {t(canvasTexts.duplicate)}
      </button>
      <button
        type="button"
        title={`${t(canvasTexts.layout)} (${keyLabel('Mod+Shift+L')})`}
        onClick={() => void layoutNodes(studio)}
      >
        {t(nodes > 1 ? canvasTexts.layoutSelection : canvasTexts.layout)}
      </button>
      <button
        type="button"
        title={t(routingTexts.rerouteHint)}
        onClick={() => void rerouteAll(studio.store)}
      >
        {t(routingTexts.reroute)}
      </button>
      <button type="button" title={`${t(canvasTexts.fit)} (F)`} onClick={fit}>
        {t(canvasTexts.fit)}
      </button>
      <button type="button" aria-pressed={miniMap} onClick={toggleMiniMap}>
        {t(routingTexts.minimap)}
      </button>
      <ChartExportButtons />
    </div>
  );
}
