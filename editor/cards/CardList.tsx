// The list of cards in this browser: open, new, duplicate, rename, delete to
// the bin, and the bin itself (restore or delete for good).
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { Menu } from '../app/Menu';
import { useObservable, useStudio } from '../app/studio-context';
import { msg, useLang, useT } from '../i18n/i18n';
import type { CardSummary } from '../persistence/card-repository';
import { duplicateCard, moveCardToBin, openCard, renameCard, restoreCard } from './card-actions';
import { NewCardDialog } from './NewCardDialog';
import { askRegionalVersion } from '../region/regional-version';
import { regionTexts } from '../region/region-texts';
import {
  CopyToWorkspaceItems,
  LocalCardsHeading,
  WorkspaceCards,
  useServerRowIds,
} from '../sync/WorkspaceCards';

const texts = msg({
  heading: { nl: 'Kaarten', en: 'Cards' },
  newCard: { nl: 'Nieuwe kaart', en: 'New card' },
  none: {
    nl: 'Nog geen kaarten. Maak een nieuwe kaart of importeer er een.',
    en: 'No cards yet. Create a new card or import one.',
  },
  open: { nl: 'Openen', en: 'Open' },
  rename: { nl: 'Naam wijzigen', en: 'Rename' },
  duplicate: { nl: 'Dupliceren', en: 'Duplicate' },
  delete: { nl: 'Verwijderen', en: 'Delete' },
  actionsFor: { nl: 'Acties voor {title}', en: 'Actions for {title}' },
  bin: { nl: 'Prullenbak ({n})', en: 'Bin ({n})' },
  restore: { nl: 'Terugzetten', en: 'Restore' },
  deleteForever: { nl: 'Definitief verwijderen', en: 'Delete for good' },
  confirmBin: {
    nl: "'{title}' naar de prullenbak verplaatsen? Je kan de kaart daar terughalen.",
    en: "Move '{title}' to the bin? You can get it back from there.",
  },
  confirmForever: {
    nl: "'{title}' definitief verwijderen? Dit kan niet ongedaan gemaakt worden.",
    en: "Delete '{title}' for good? This cannot be undone.",
  },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  newName: { nl: 'Nieuwe naam', en: 'New name' },
  save: { nl: 'Bewaren', en: 'Save' },
  edited: { nl: 'gewijzigd {date}', en: 'changed {date}' },
  current: { nl: 'geopend', en: 'open' },
});

type Pending = { kind: 'bin' | 'forever' | 'rename'; card: CardSummary } | null;

export function CardList() {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  // Server cards live in local rows too; they are listed under their workspace.
  const serverRows = useServerRowIds();
  const cards = useObservable(studio.cards).filter((c) => !serverRows.has(c.rowId));
  const bin = useObservable(studio.bin);
  useObservable(studio.session.status);
  const openRowId = studio.session.openRowId;
  const [pending, setPending] = useState<Pending>(null);
  const [newOpen, setNewOpen] = useState(false);
  const [name, setName] = useState('');
  const date = (ms: number) =>
    new Date(ms).toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
    });

  const confirm = async () => {
    if (!pending) return;
    const { kind, card } = pending;
    setPending(null);
    if (kind === 'bin') await moveCardToBin(studio, card.rowId, card.title);
    if (kind === 'forever') await studio.repo.deleteForever(card.rowId);
    if (kind === 'rename' && name.trim()) await renameCard(studio, card.rowId, name.trim());
  };

  return (
    <nav className="card-list" aria-labelledby="card-list-heading">
      <div className="panel-header">
        <h2 id="card-list-heading">{t(texts.heading)}</h2>
        <button type="button" className="primary" onClick={() => setNewOpen(true)}>
          {t(texts.newCard)}
        </button>
      </div>
      <LocalCardsHeading />
      {cards.length === 0 && <p className="muted">{t(texts.none)}</p>}
      <ul>
        {cards.map((card) => (
          <li key={card.rowId} className={card.rowId === openRowId ? 'current' : undefined}>
            <button
              type="button"
              className="card-open"
              aria-current={card.rowId === openRowId ? 'true' : undefined}
              onClick={() => void openCard(studio, card.rowId)}
            >
              <span className="card-title">{card.title}</span>
              {card.subtitle && <span className="card-subtitle">{card.subtitle}</span>}
              <span className="card-date">{t(texts.edited, { date: date(card.updatedAt) })}</span>
            </button>
            <Menu label={t(texts.actionsFor, { title: card.title })}>
              <button
                type="button"
                onClick={() => {
                  setName(card.title);
                  setPending({ kind: 'rename', card });
                }}
              >
                {t(texts.rename)}
              </button>
              <button type="button" onClick={() => void duplicateCard(studio, card.rowId)}>
                {t(texts.duplicate)}
              </button>
              <button type="button" onClick={() => askRegionalVersion(card.rowId)}>
                {t(regionTexts.makeVersion)}
              </button>
              <CopyToWorkspaceItems card={card} />
              <button type="button" onClick={() => setPending({ kind: 'bin', card })}>
                {t(texts.delete)}
              </button>
            </Menu>
          </li>
        ))}
      </ul>
      <WorkspaceCards />
      {bin.length > 0 && (
        <details className="bin">
          <summary>{t(texts.bin, { n: bin.length })}</summary>
          <ul>
            {bin.map((card) => (
              <li key={card.rowId}>
                <span className="card-title">{card.title}</span>
                <button
                  type="button"
                  onClick={() => void restoreCard(studio, card.rowId, card.title)}
                >
                  {t(texts.restore)}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => setPending({ kind: 'forever', card })}
                >
                  {t(texts.deleteForever)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <NewCardDialog open={newOpen} onClose={() => setNewOpen(false)} />
      <Dialog
        open={pending !== null}
        title={
          pending?.kind === 'rename'
            ? t(texts.rename)
            : pending?.kind === 'forever'
              ? t(texts.deleteForever)
              : t(texts.delete)
        }
        onClose={() => setPending(null)}
        actions={
          <>
            <button type="button" onClick={() => setPending(null)}>
              {t(texts.cancel)}
            </button>
            <button
              type="button"
              className={pending?.kind === 'rename' ? 'primary' : 'danger'}
              onClick={() => void confirm()}
            >
              {pending?.kind === 'rename'
                ? t(texts.save)
                : pending?.kind === 'forever'
                  ? t(texts.deleteForever)
                  : t(texts.delete)}
            </button>
          </>
        }
      >
        {pending?.kind === 'rename' ? (
          <label className="field">
            {t(texts.newName)}
            <input
              value={name}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && void confirm()}
            />
          </label>
        ) : (
          pending && (
            <p>
              {t(pending.kind === 'bin' ? texts.confirmBin : texts.confirmForever, {
                title: pending.card.title,
              })}
            </p>
          )
        )}
      </Dialog>
    </nav>
  );
}
