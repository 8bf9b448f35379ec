// The problems of the open card as they change: schema and graph checks, in
// the studio's language, errors first. Choosing one shows the node (selected
// and centred) or the directory entry. Collapsible; the heading keeps the
// counts in view; arrow keys move through the list. A card opens with the
// panel open when it has errors, folded when it holds only warnings; after
// that it stays as it is until the author toggles it (a new step always has
// errors until it is connected: the panel must not jump open under the canvas).
// Each group lists its first hundred; the rest on request: a generated 5,000-node
// card has 6,000 warnings, and drawing them all after every edit was most of the
// main thread's work in the second after it.
import { memo, useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { Problem } from '../../schema/problems';
import { registerShortcuts } from '../app/shortcuts';
import { useDocumentValue, useStudio } from '../app/studio-context';
import { msg, useLang, useT } from '../i18n/i18n';
import { errorsFirst, useChecked } from './card-problems';
import { locate, revealTarget, targetName, type Located } from './problem-targets';
import './problems.css';

export { revealTarget } from './problem-targets';

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
  errors: { nl: 'Fouten ({n})', en: 'Errors ({n})' },
  warnings: { nl: 'Waarschuwingen ({n})', en: 'Warnings ({n})' },
  error: { nl: 'Fout', en: 'Error' },
  warning: { nl: 'Waarschuwing', en: 'Warning' },
  toggle: { nl: 'Problemen tonen of verbergen', en: 'Show or hide problems' },
  group: { nl: 'Algemeen', en: 'General' },
  show: { nl: 'Toon', en: 'Show' },
  showAll: { nl: 'Toon alle {n}', en: 'Show all {n}' },
});

/** How many problems a group lists until the author asks for all of them. */
export const PROBLEMS_SHOWN = 100;

/** Up and down move between the problems, like in a list box. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step === 0) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.problem-go')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[Math.min(buttons.length - 1, Math.max(0, at + step))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * One problem. Every check answers with new problem objects and every edit makes a new card:
 * an item is drawn again only when its problem reads differently or what it is about changed.
 */
const ProblemItem = memo(
  function ProblemItem({ problem, located }: { problem: Problem; located: Located | null }) {
    const studio = useStudio();
    const t = useT();
    const lang = useLang();
    return (
      <li className={`problem problem-${problem.severity}`}>
        <span className="problem-severity">{t(texts[problem.severity])}</span>
        {located ? (
          <button
            type="button"
            className="link problem-go"
            onClick={() => revealTarget(studio, located.target)}
          >
            {problem.message[lang]}{' '}
            <span className="problem-where">({targetName(located, lang)})</span>
          </button>
        ) : (
          <span>{problem.message[lang]}</span>
        )}
      </li>
    );
  },
  (a, b) => a.located?.subject === b.located?.subject && sameProblem(a.problem, b.problem),
);

/**
 * Keys that stay when a problem comes or goes elsewhere in the list (a position in
 * the list would shift every item after it, and each would be built again): code
 * and pointer, numbered only where those repeat.
 */
function withKeys(list: readonly Problem[]): [Problem, string][] {
  const seen = new Map<string, number>();
  return list.map((p) => {
    const base = `${p.code}-${p.pointer}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [p, n ? `${base}-${n}` : base];
  });
}

const sameProblem = (a: Problem, b: Problem): boolean =>
  a === b ||
  (a.code === b.code &&
    a.pointer === b.pointer &&
    a.severity === b.severity &&
    a.message.nl === b.message.nl &&
    a.message.en === b.message.en);

export function ProblemsPanel() {
  const checked = useChecked();
  const t = useT();
  // Until the author opens or closes it, the panel is as the card's first check left it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [first, setFirst] = useState<{ card: string; open: boolean } | null>(null);
  const cardId = useDocumentValue((s) => s?.cardId);
  if (checked && cardId && first?.card !== cardId) {
    setFirst({ card: cardId, open: checked.problems.some((p) => p.severity === 'error') });
    setShowAll(false);
  }
  const open = chosen ?? first?.open ?? false;
  const toggle = useCallback(() => setChosen(!open), [open]);
  useEffect(
    () =>
      registerShortcuts([
        {
          id: 'problems.toggle',
          keys: ['Alt+P'],
          label: texts.toggle,
          group: texts.heading,
          inFields: true,
          run: toggle,
        },
      ]),
    [toggle],
  );
  if (!checked) return null;
  const problems = errorsFirst(checked.problems);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  return (
    <section
      className={`problems-panel${open ? '' : ' is-closed'}`}
      aria-labelledby="problems-heading"
    >
      <h2 id="problems-heading">
        <button
          type="button"
          className="problems-toggle"
          aria-expanded={open}
          aria-controls="problems-list"
          onClick={toggle}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t(texts.heading)}{' '}
          <span className="muted">
            ({t(texts.counts, { errors: errors.length, warnings: warnings.length })})
          </span>
        </button>
      </h2>
      <div id="problems-list" hidden={!open} onKeyDown={moveFocus}>
        {/* Folded, the list is not drawn: a check after every edit would draw 100 items unseen. */}
        {!open ? null : problems.length === 0 ? (
          <p>{t(texts.none)}</p>
        ) : (
          [
            { list: errors, title: texts.errors },
            { list: warnings, title: texts.warnings },
          ].map(
            ({ list, title }) =>
              list.length > 0 && (
                <section
                  key={title.nl}
                  className="problem-group"
                  aria-label={t(title, { n: list.length })}
                >
                  <h3>{t(title, { n: list.length })}</h3>
                  <ul>
                    {withKeys(showAll ? list : list.slice(0, PROBLEMS_SHOWN)).map(([p, key]) => (
                      <ProblemItem
                        key={key}
                        problem={p}
                        located={locate(checked.card, p.pointer)}
                      />
                    ))}
                  </ul>
                  {!showAll && list.length > PROBLEMS_SHOWN && (
                    <button
                      type="button"
                      className="link"
                      onClick={(event) => {
                        // The button goes; the keyboard goes on at the first problem it brought.
                        const group = event.currentTarget.closest('section')!;
                        setShowAll(true);
                        requestAnimationFrame(() => {
                          const items = group.querySelectorAll('button.problem-go');
                          (items.item(PROBLEMS_SHOWN) as HTMLButtonElement | null)?.focus();
                        });
                      }}
                    >
                      {t(texts.showAll, { n: list.length })}
                    </button>
                  )}
                </section>
              ),
          )
        )}
      </div>
    </section>
  );
}
