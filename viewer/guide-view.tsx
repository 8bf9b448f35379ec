/** @jsxImportSource preact */
// "Stap voor stap": the trunk one stop at a time, the assessment with the
// choice of situation, then the scenario as a checklist with the local
// contacts inline, and where it leads on. The position is in the URL; the
// ticks are not kept anywhere (no client data).
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  formatGuidePosition,
  guideBack,
  guideSummary,
  guideTrail,
  parseGuidePosition,
  scenarioChoices,
  scenarioExits,
  scenarioSteps,
  trunkStops,
  type GuidePosition,
} from '../schema/guide';
import type { Card, FlowNode } from '../schema/types';
import { NodeText } from './chart/node-panel';
import { severityStyle } from './chart/theme';
import { RoleContacts } from './contacts';
import { kindText, t } from './i18n';

export interface GuideProps {
  card: Card;
  region: string | undefined;
  stap: string | undefined;
  /** The href of a guide position, for links. */
  href: (stap: string) => string;
}

const short = (node: FlowNode, i: number) =>
  node.title ?? t.kinds[node.kind] + (node.kind === 'step' ? ` ${i + 1}` : '');

function Choice({ node, label, href }: { node: FlowNode; label?: string; href: string }) {
  return (
    <li>
      <a class="choice" href={href} style={severityStyle(node.severity)}>
        {label && <span class="edge-label">{label}</span>}
        <strong>{node.title ?? t.kinds[node.kind]}</strong>
        <span class="kind">{kindText(node)}</span>
        {node.text && <span class="choice-text">{node.text}</span>}
      </a>
    </li>
  );
}

function Checklist({ card, region, scenario }: { card: Card; region?: string; scenario: string }) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setDone((d) => {
      const next = new Set(d);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <ol class="checklist">
      {scenarioSteps(card, scenario).map((step) => (
        <li key={step.id} class={done.has(step.id) ? 'done' : ''}>
          <label>
            <input type="checkbox" checked={done.has(step.id)} onChange={() => toggle(step.id)} />
            <span>{step.text ?? step.title}</span>
          </label>
          <RoleContacts card={card} node={step} region={region} />
        </li>
      ))}
    </ol>
  );
}

function CopySummary({ text }: { text: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  return (
    <div class="copy">
      <button type="button" onClick={() => void copy().catch(() => setStatus('failed'))}>
        {t.copy}
      </button>
      <p role="status">{status === 'idle' ? '' : status === 'copied' ? t.copied : t.copyFailed}</p>
      {status === 'failed' && <textarea readOnly aria-label={t.copy} value={text} rows={8} />}
    </div>
  );
}

export function GuideView({ card, region, stap, href }: GuideProps) {
  const position = parseGuidePosition(card, stap);
  const at = (p: GuidePosition) => href(formatGuidePosition(card, p));
  const trail = guideTrail(card, position);
  const trunk = trunkStops(card);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // Move focus to the new stop's heading when the reader moves, not on first load.
  useEffect(() => {
    if (!first.current) heading.current?.focus();
    first.current = false;
  }, [stap]);

  const scenarioIds = 'scenarios' in position ? position.scenarios : [];
  const current = trail.at(-1);
  const isLastTrunk = 'trunk' in position && position.trunk >= trunk.length - 1;
  const choices = isLastTrunk ? scenarioChoices(card) : [];
  const exits = scenarioIds.length ? scenarioExits(card, scenarioIds.at(-1)!) : [];

  return (
    <div class="guide">
      <nav aria-label={t.trail}>
        <ol class="trail">
          {trail.map((node, i) => (
            <li key={node.id}>
              {i < trail.length - 1 ? (
                <a
                  href={at(
                    i < trunk.length
                      ? { trunk: i }
                      : { scenarios: scenarioIds.slice(0, i - trunk.length + 1) },
                  )}
                >
                  {short(node, i)}
                </a>
              ) : (
                <span aria-current="step">{short(node, i)}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {current && (
        <section class="stop" aria-labelledby="stop-title" style={severityStyle(current.severity)}>
          <p class="kind">{kindText(current)}</p>
          <h2 id="stop-title" ref={heading} tabIndex={-1}>
            {current.title ?? (current.kind === 'step' ? current.text : t.kinds[current.kind])}
          </h2>
          {current.title || current.kind !== 'step' ? (
            <NodeText node={current} />
          ) : (
            <NodeText node={{ ...current, text: undefined }} />
          )}
          {'trunk' in position && <RoleContacts card={card} node={current} region={region} />}
          {scenarioIds.length > 0 && (
            <>
              <p class="hint">{t.checklist}</p>
              <Checklist key={current.id} card={card} region={region} scenario={current.id} />
            </>
          )}
        </section>
      )}
      {choices.length > 0 && (
        <section aria-labelledby="choose-title">
          <h3 id="choose-title">{t.choose}</h3>
          <ul class="choices">
            {choices.map((node) => (
              <Choice key={node.id} node={node} href={at({ scenarios: [node.id] })} />
            ))}
          </ul>
        </section>
      )}
      {exits.length > 0 && (
        <section aria-labelledby="ways-title">
          <h3 id="ways-title">{t.waysOn}</h3>
          <ul class="choices">
            {exits.map(({ node, label }) =>
              node.kind === 'scenario' ? (
                <Choice
                  key={node.id}
                  node={node}
                  label={label}
                  href={at({ scenarios: [...scenarioIds, node.id] })}
                />
              ) : (
                <li key={node.id} class="end-note">
                  {label && <span class="edge-label">{label}: </span>}
                  {node.text ?? node.title}
                </li>
              ),
            )}
          </ul>
        </section>
      )}
      {scenarioIds.length > 0 && <CopySummary text={guideSummary(card, scenarioIds, region, t)} />}
      <div class="guide-nav">
        {(scenarioIds.length > 0 || ('trunk' in position && position.trunk > 0)) && (
          <a class="button" href={at(guideBack(card, position))}>
            ← {t.back}
          </a>
        )}
        {'trunk' in position && !isLastTrunk && (
          <a class="button primary" href={at({ trunk: position.trunk + 1 })}>
            {t.next} →
          </a>
        )}
        {scenarioIds.length > 0 && (
          <a class="button" href={at({ trunk: 0 })}>
            {t.restart}
          </a>
        )}
      </div>
    </div>
  );
}
