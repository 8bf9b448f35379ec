/** @jsxImportSource preact */
// The details of the chosen node: its text, the partners for its roles in the
// reader's region (the text version tells where its arrows lead).
import type { Card, FlowNode } from '../../schema/types';
import { RoleContacts } from '../contacts';
import { KIND_NAMES, kindText, tr } from '../i18n';

export interface NodePanelProps {
  card: Card;
  node: FlowNode;
  region: string | undefined;
  onClose: () => void;
}

export function NodeText({ node }: { node: FlowNode }) {
  return (
    <>
      {node.text && <p>{node.text}</p>}
      {node.items && (
        <ul>
          {node.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
      {node.criteria && (
        <ul>
          {node.criteria.map((c) => (
            <li key={c.id}>
              {c.text}
              {c.hint && <span class="hint"> {c.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The panel is keyed by its node, so this runs once per node chosen. */
const focusOnMount = (heading: HTMLElement | null) => heading?.focus();

export function NodePanel({ card, node, region, onClose }: NodePanelProps) {
  return (
    <aside
      class="panel"
      aria-labelledby="panel-title"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <button type="button" class="close" onClick={onClose} aria-label={tr('Sluiten')}>
        ×
      </button>
      {node.title && <p class="kind">{kindText(node)}</p>}
      <h2 id="panel-title" ref={focusOnMount} tabIndex={-1}>
        {node.title ?? tr(KIND_NAMES[node.kind])}
      </h2>
      <NodeText node={node} />
      {node.roles?.length ? <h3>{tr('Wie contacteer je?')}</h3> : null}
      <RoleContacts card={card} node={node} region={region} />
    </aside>
  );
}
