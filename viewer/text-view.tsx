/** @jsxImportSource preact */
// The whole card as a headed outline: the accessible equivalent of the chart,
// in reading order (notes, trunk, each scenario with its steps, contacts and
// where it leads, the closing band, directory, resources).
import { scenarioChoices, scenarioExits, scenarioSteps, trunkStops } from '../schema/guide';
import type { Card, FlowNode } from '../schema/types';
import { NodeText } from './chart/node-panel';
import { severityStyle } from './chart/theme';
import { RoleContacts } from './contacts';
import { DirectorySections, Resources } from './directory/directory-view';
import { kindText, tr } from './i18n';

function Stop({ card, node, region }: { card: Card; node: FlowNode; region?: string }) {
  return (
    <li>
      {node.title && <strong>{node.title}</strong>}
      <NodeText node={node} />
      <RoleContacts card={card} node={node} region={region} />
    </li>
  );
}

export function TextView({ card, region }: { card: Card; region: string | undefined }) {
  const nodes = card.flow.nodes;
  const notes = nodes.filter((n) => n.kind === 'note' || n.kind === 'tip');
  const ends = nodes.filter((n) => n.kind === 'end');
  const scenarios = scenarioChoices(card);
  return (
    <article class="text-view">
      {notes.length > 0 && (
        <section>
          <h2>{tr('Toelichting')}</h2>
          {notes.map((n) => (
            <div key={n.id} class={`annotation k-${n.kind}`}>
              {n.title && (
                <p>
                  <strong>{n.title}</strong>
                </p>
              )}
              <NodeText node={n} />
            </div>
          ))}
        </section>
      )}
      <section>
        <h2>{tr('Gesprek en inschatting')}</h2>
        <ol>
          {trunkStops(card).map((n) => (
            <Stop key={n.id} card={card} node={n} region={region} />
          ))}
        </ol>
      </section>
      <section>
        <h2>{tr('Situaties en stappen')}</h2>
        {scenarios.map((s) => (
          <section key={s.id} class="scenario" style={severityStyle(s.severity)}>
            <h3>
              {s.title} ({kindText(s)})
            </h3>
            {s.text && <p>{s.text}</p>}
            <ol>
              {scenarioSteps(card, s.id).map((n) => (
                <Stop key={n.id} card={card} node={n} region={region} />
              ))}
            </ol>
            {scenarioExits(card, s.id).map(({ node, label }) => (
              <p key={node.id}>
                {tr('Daarna')}: {label && `${label} → `}
                {node.title ?? node.text}
              </p>
            ))}
          </section>
        ))}
      </section>
      {ends.map((n) => (
        <p key={n.id} class="end-note">
          {n.text ?? n.title}
        </p>
      ))}
      <section>
        <h2>{card.directory.title ?? tr('Adressen')}</h2>
        <DirectorySections card={card} region={region} />
        <Resources card={card} />
      </section>
    </article>
  );
}
