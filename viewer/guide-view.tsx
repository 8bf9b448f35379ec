/** @jsxImportSource preact */
// "Stap voor stap": first the conversation (the trunk, prompts included) and
// the assessment with the choice of situation, then the chosen scenario as a
// checklist with the local contacts inline, and where it leads on. The path
// is in the URL; the ticks are not kept anywhere (no client data).
import { Component } from 'preact';
import {
  guideSummary,
  parseGuidePath,
  scenarioChoices,
  scenarioExits,
  scenarioSteps,
  trunkStops,
  type GuideExit,
} from '../schema/guide';
import type { Card } from '../schema/types';
import { NodeText } from './chart/node-panel';
import { severityStyle } from './chart/theme';
import { RoleContacts } from './contacts';
import { kindText, tr } from './i18n';
import { versionText } from './print-view';

export interface GuideProps {
  card: Card;
  region: string | undefined;
  stap: string | undefined;
  /** The href of a path through the scenarios, for links. */
  href: (stap: string) => string;
}

/** The situations to choose from, or the ways on from a scenario (an end is shown, not chosen). */
function Choices(props: { title: string; items: GuideExit[]; href: (id: string) => string }) {
  if (!props.items.length) return null;
  return (
    <section>
      <h3>{props.title}</h3>
      <ul class="choices">
        {props.items.map(({ node, label }) =>
          node.kind === 'scenario' ? (
            <li key={node.id}>
              <a class="choice" href={props.href(node.id)} style={severityStyle(node.severity)}>
                {label && <em>{label}</em>}
                <strong>{node.title}</strong>
                <span class="kind">{kindText(node)}</span>
                <span>{node.text}</span>
              </a>
            </li>
          ) : (
            <li key={node.id} class="end-note">
              {label && <em>{label}: </em>}
              {node.text ?? node.title}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

/** The steps as checkboxes the browser keeps (and forgets): nothing is stored. */
function Checklist({ card, region, scenario }: { card: Card; region?: string; scenario: string }) {
  return (
    <ol class="checklist">
      {scenarioSteps(card, scenario).map((step) => (
        <li key={step.id}>
          <label>
            {/* Named once: the checkbox says the step; its visible copy is not read again. */}
            <input type="checkbox" data-step={step.id} aria-label={step.text ?? step.title} />
            <span aria-hidden="true">{step.text ?? step.title}</span>
          </label>
          <RoleContacts card={card} node={step} region={region} />
        </li>
      ))}
    </ol>
  );
}

/** The summary is made when copied: it marks the steps ticked at that moment. */
class CopySummary extends Component<
  { text: (ticked: Set<string>) => string },
  { status?: 'copied' | 'failed'; made?: string }
> {
  override state = {};
  copy = () => {
    const ticked = document.querySelectorAll<HTMLInputElement>('.checklist input:checked');
    const made = this.props.text(new Set([...ticked].map((i) => i.dataset.step!)));
    this.setState({ made });
    return navigator.clipboard
      .writeText(made)
      .then(() => 'copied' as const)
      .catch(() => 'failed' as const)
      .then((status) => this.setState({ status }));
  };

  override render(_: unknown, { status, made }: { status?: 'copied' | 'failed'; made?: string }) {
    return (
      <div class="copy">
        <button type="button" onClick={this.copy}>
          {tr('Kopieer samenvatting')}
        </button>
        <p role="status">
          {status && tr(status === 'copied' ? 'Gekopieerd.' : 'Kopiëren lukte niet.')}
        </p>
        {status === 'failed' && (
          <textarea readOnly aria-label={tr('Kopieer samenvatting')} value={made} rows={8} />
        )}
      </div>
    );
  }
}

/** Focus each new page's heading (keyed by the path), but not on the first load. */
let firstPage = true;
const focusNewPage = (heading: HTMLElement | null) => {
  if (heading && !firstPage) heading.focus();
  if (heading) firstPage = false;
};

export function GuideView({ card, region, stap, href }: GuideProps) {
  const path = parseGuidePath(card, stap);
  const at = (ids: string[]) => href(ids.join(','));
  const byId = new Map(card.flow.nodes.map((n) => [n.id, n]));
  const current = byId.get(path.at(-1) ?? '');
  const trail = [tr('Gesprek en inschatting'), ...path.map((id) => byId.get(id)?.title ?? id)];

  return (
    <div class="guide">
      {path.length > 0 && (
        <nav aria-label={tr('Waar je bent')}>
          <ol class="trail">
            {trail.map((name, i) => (
              <li key={i}>
                {i < path.length ? (
                  <a href={at(path.slice(0, i))}>{name}</a>
                ) : (
                  <span aria-current="step">{name}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      {current ? (
        <>
          <section class="stop" style={severityStyle(current.severity)}>
            <p class="kind">{kindText(current)}</p>
            <h2 key={stap} ref={focusNewPage} tabIndex={-1}>
              {current.title}
            </h2>
            <p>{current.text}</p>
            <p class="hint">{tr('Vink af wat je deed (wordt nergens bewaard).')}</p>
            <Checklist key={current.id} card={card} region={region} scenario={current.id} />
          </section>
          <Choices
            title={tr('Hoe verder?')}
            items={scenarioExits(card, current.id)}
            href={(id) => at([...path, id])}
          />
          <CopySummary
            text={(ticked) =>
              guideSummary(
                card,
                path,
                region,
                {
                  situation: tr('Situatie'),
                  steps: tr('Stappen'),
                  noPartner: tr('geen partner in deze regio'),
                },
                { ticked, version: versionText(card, 'gekopieerd op') },
              )
            }
          />
        </>
      ) : (
        <>
          <h2 key="start" ref={focusNewPage} tabIndex={-1}>
            {tr('Gesprek en inschatting')}
          </h2>
          <ol class="trunk">
            {trunkStops(card).map((node) => (
              <li key={node.id}>
                {node.title && <h3>{node.title}</h3>}
                <NodeText node={node} />
                <RoleContacts card={card} node={node} region={region} />
              </li>
            ))}
          </ol>
          <Choices
            title={tr('Welke situatie past het best?')}
            items={scenarioChoices(card).map((node) => ({ node }))}
            href={(id) => at([id])}
          />
        </>
      )}
      {current && (
        <div class="guide-nav">
          <a class="button" href={at(path.slice(0, -1))}>
            ← {tr('Terug')}
          </a>
          <a class="button" href={at([])}>
            {tr('Opnieuw beginnen')}
          </a>
        </div>
      )}
    </div>
  );
}
