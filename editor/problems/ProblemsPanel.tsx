// The problems of the open card as they change: schema and graph checks, in
// the studio's language. Choosing one shows the node or directory entry.
import { useMemo } from 'react';
import { cardProblems } from '../../schema/load/load-card';
import { parsePointer } from '../../schema/pointer';
import type { Card } from '../../schema/types';
import { requestReveal, type RevealRequest, type Studio } from '../app/studio';
import { useCard, useStudio } from '../app/studio-context';
import { msg, useLang, useT } from '../i18n/i18n';

const texts = msg({
  heading: { nl: 'Problemen', en: 'Problems' },
  none: {
    nl: 'Geen problemen: de kaart is klaar om te publiceren.',
    en: 'No problems: the card is ready to publish.',
  },
  counts: {
    nl: '{errors} fouten, {warnings} waarschuwingen',
    en: '{errors} errors, {warnings} warnings',
  },
  error: { nl: 'Fout', en: 'Error' },
  warning: { nl: 'Waarschuwing', en: 'Warning' },
});

/** What a JSON pointer into the card is about: a node, an edge, a partner... */
export function pointerTarget(card: Card, pointer: string): Omit<RevealRequest, 'seq'> | null {
  const [a, b, c] = parsePointer(pointer);
  const index = Number(c);
  if (a === 'flow' && b === 'nodes' && card.flow.nodes[index])
    return { kind: 'node', id: card.flow.nodes[index].id };
  if (a === 'flow' && b === 'edges' && card.flow.edges[index])
    return { kind: 'edge', id: card.flow.edges[index].id };
  if (a === 'directory' && b === 'partners' && card.directory.partners[index])
    return { kind: 'partner', id: card.directory.partners[index].id };
  if (a === 'directory' && b === 'sections' && card.directory.sections[index])
    return { kind: 'section', id: card.directory.sections[index].id };
  if (a === 'roles' && b !== undefined && card.roles[Number(b)])
    return { kind: 'role', id: card.roles[Number(b)]!.id };
  return null;
}

export function revealTarget(studio: Studio, target: Omit<RevealRequest, 'seq'>): void {
  if (target.kind === 'node') studio.selection.select({ nodeIds: [target.id] });
  if (target.kind === 'edge') studio.selection.select({ edgeIds: [target.id] });
  if (target.kind === 'partner') studio.selection.select({ partnerId: target.id });
  studio.view.set(target.kind === 'node' || target.kind === 'edge' ? 'flow' : 'directory');
  requestReveal(studio, target.kind, target.id);
}

export function ProblemsPanel() {
  const studio = useStudio();
  const card = useCard();
  const t = useT();
  const lang = useLang();
  const problems = useMemo(() => (card ? cardProblems(card) : []), [card]);
  if (!card) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="problems-panel" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {t(texts.heading)}{' '}
        <span className="muted">
          ({t(texts.counts, { errors, warnings: problems.length - errors })})
        </span>
      </h2>
      {problems.length === 0 ? (
        <p>{t(texts.none)}</p>
      ) : (
        <ul>
          {problems.map((p, i) => {
            const target = pointerTarget(card, p.pointer);
            return (
              <li key={`${p.code}-${p.pointer}-${i}`} className={`problem problem-${p.severity}`}>
                <span className="problem-severity">{t(texts[p.severity])}</span>
                {target ? (
                  <button
                    type="button"
                    className="link"
                    onClick={() => revealTarget(studio, target)}
                  >
                    {p.message[lang]}
                  </button>
                ) : (
                  <span>{p.message[lang]}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
