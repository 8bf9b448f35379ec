// An arrow from the selected node to another one, without the mouse: the
// keyboard way to do what dragging between two handles does.
import { memo, useId, useState } from 'react';
import type { Lang } from '../../schema/problems';
import type { Card, FlowNode } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { connect } from '../state/commands/flow-commands';
import { newId } from '../state/ids';
import { shortLabel } from '../canvas/canvas-texts';
import { inspectorTexts } from './inspector-texts';

/** Whether two node lists read the same in the list: a move changes a node but not its label. */
export const sameLabels = (a: readonly FlowNode[], b: readonly FlowNode[]) =>
  a === b ||
  (a.length === b.length &&
    a.every((n, i) => {
      const m = b[i]!;
      return (
        n === m ||
        (n.id === m.id &&
          n.kind === m.kind &&
          n.title === m.title &&
          n.text === m.text &&
          n.items === m.items &&
          n.criteria === m.criteria)
      );
    }));

/**
 * One option per node: on a large card a thousand of them, so they are drawn
 * again only when a label changes, not at every edit (a drag, say).
 */
const NodeOptions = memo(
  function NodeOptions({
    nodes,
    except,
    lang,
  }: {
    nodes: readonly FlowNode[];
    except: string;
    lang: Lang;
  }) {
    return nodes.map((n) =>
      n.id === except ? null : (
        <option key={n.id} value={n.id}>
          {shortLabel(n, lang)}
        </option>
      ),
    );
  },
  (a, b) => a.except === b.except && a.lang === b.lang && sameLabels(a.nodes, b.nodes),
);

/**
 * From this many nodes on, the options are drawn when the list is first used (focus or
 * press), not when the node is chosen: 5,000 options took 175 ms of a click on a node.
 */
const OPTIONS_ON_USE_FROM = 300;

export function ConnectField({ card, node }: { card: Card; node: FlowNode }) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [target, setTarget] = useState('');
  const [used, setUsed] = useState(false);
  const options = used || card.flow.nodes.length < OPTIONS_ON_USE_FROM;
  const markUsed = () => setUsed(true);
  const add = () => {
    if (!target) return;
    // The card as it is now: the list may have been drawn for an earlier one.
    const current = studio.store.getState()?.card ?? card;
    const taken = new Set(current.flow.edges.map((e) => e.id));
    studio.store.execute(connect, {
      edge: { id: newId(`e-${node.id}`.slice(0, 60), taken), source: node.id, target },
    });
    setTarget('');
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t(inspectorTexts.connectTo)}</label>
      <div className="inline">
        <select
          id={id}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          onFocus={markUsed}
          onPointerDown={markUsed}
        >
          <option value="">{t(inspectorTexts.chooseNode)}</option>
          {options && <NodeOptions nodes={card.flow.nodes} except={node.id} lang={lang} />}
        </select>
        <button type="button" disabled={!target} onClick={add}>
          {t(inspectorTexts.connect)}
        </button>
      </div>
    </div>
  );
}
