// An arrow from the selected node to another one, without the mouse: the
// keyboard way to do what dragging between two handles does.
import { useId, useState } from 'react';
import type { Card, FlowNode } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { connect } from '../state/commands/flow-commands';
import { newId } from '../state/ids';
import { shortLabel } from '../canvas/canvas-texts';
import { inspectorTexts } from './inspector-texts';

export function ConnectField({ card, node }: { card: Card; node: FlowNode }) {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [target, setTarget] = useState('');
  const targets = card.flow.nodes.filter((n) => n.id !== node.id);
  const add = () => {
    if (!target) return;
    const taken = new Set(card.flow.edges.map((e) => e.id));
    studio.store.execute(connect, {
      edge: { id: newId(`e-${node.id}`.slice(0, 60), taken), source: node.id, target },
    });
    setTarget('');
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t(inspectorTexts.connectTo)}</label>
      <div className="inline">
        <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t(inspectorTexts.chooseNode)}</option>
          {targets.map((n) => (
            <option key={n.id} value={n.id}>
              {shortLabel(n, lang)}
            </option>
          ))}
        </select>
        <button type="button" disabled={!target} onClick={add}>
          {t(inspectorTexts.connect)}
        </button>
      </div>
    </div>
  );
}
