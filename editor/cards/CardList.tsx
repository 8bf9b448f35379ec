// The list of cards in this browser: open, new, duplicate, rename, delete to
// the bin, and the bin itself (restore or delete for good).
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { Menu } from '../app/Menu';
import { useObservable, useStudio } from '../app/studio-context';
import { formatDate, msg, useLang, useT } from '../i18n/i18n';
import type { CardSummary } from '../persistence/card-repository';
import { duplicateCard, moveCardToBin, openCard, renameCard, restoreCard } from './card-actions';
import { requiredText } from '../directory/text-rules';
import { PlainField } from '../directory/fields';
import { brokenCardTexts } from '../repair/broken-card-texts';
import { askRegionalVersion, MAKE_REGIONAL_VERSION } from '../region/regional-version';
import { lazyNamed, OnFirstUse } from '../app/OnFirstUse';

const NewCardDialog = lazyNamed(() => import('./NewCardDialog'), 'NewCardDialog');
const DeleteForeverDialog = lazyNamed(
  () => import('./DeleteForeverDialog'),
  'DeleteForeverDialog',
  {
    preload: true,
  },
);
import {
  CopyToWorkspaceItems,
  LocalCardsHeading,
  ServerOnly,
  WorkspaceCards,
  useServerRowIds,
} from '../sync/ServerParts';

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
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  newName: { nl: 'Nieuwe naam', en: 'New name' },
  save: { nl: 'Bewaren', en: 'Save' },
  edited: { nl: 'gewijzigd {date}', en: 'changed {date}' },
  current: { nl: 'geopend', en: 'open' },
});

type Pending = { kind: 'bin' | 'rename'; card: CardSummary } | null;

export function CardList() {
  const studio = useStudio();
  const t = useT();
  const lang = useLang();
  // Server cards live in local rows too; they are listed under their workspace.
  const serverRows = useServerRowIds();
  const listed = useObservable(studio.cards);
  const cards = (listed ?? []).filter((c) => !serverRows.has(c.rowId));
  const bin = useObservable(studio.bin);
  useObservable(studio.session.status);
  const openRowId = studio.session.openRowId;
  const [pending, setPending] = useState<Pending>(null);
  const [forever, setForever] = useState<CardSummary | null>(null);
  const repairRowId = useObservable(studio.repairRowId);
  const [newOpen, setNewOpen] = useState(false);
  const [name, setName] = useState('');
  const date = (ms: number) => formatDate(ms, lang, 'dateTime');

  // A new name follows the rule of every title: not empty, not too long.
  const newName = requiredText.parse(name);
  const confirm = async () => {
    if (!pending) return;
    const { kind, card } = pending;
    if (kind === 'rename' && !newName.ok) return;
    setPending(null);
    if (kind === 'bin') await moveCardToBin(studio, card.rowId, card.title);
    if (kind === 'rename' && newName.ok) await renameCard(studio, card.rowId, newName.value);
  };

  return (
    <nav className="card-list" aria-labelledby="card-list-heading">
      <div className="panel-header">
        <h2 id="card-list-heading">{t(texts.heading)}</h2>
        <button type="button" className="primary" onClick={() => setNewOpen(true)}>
          {t(texts.newCard)}
        </button>
      </div>
      <ServerOnly>
        <LocalCardsHeading />
      </ServerOnly>
      {listed !== null && cards.length === 0 && <p className="muted">{t(texts.none)}</p>}
      <ul>
        {cards.map((card) => (
          <li
            key={card.rowId}
            className={
              [
                card.rowId === openRowId || card.rowId === repairRowId ? 'current' : '',
                card.broken ? 'broken' : '',
              ]
                .join(' ')
                .trim() || undefined
            }
          >
            <button
              type="button"
              className="card-open"
              aria-current={
                card.rowId === openRowId || card.rowId === repairRowId ? 'true' : undefined
              }
              onClick={() => void openCard(studio, card.rowId)}
            >
              <span className="card-title">{card.title || t(brokenCardTexts.untitled)}</span>
              {card.subtitle && <span className="card-subtitle">{card.subtitle}</span>}
              {card.broken && (
                <span className="card-broken">
                  <span aria-hidden="true">⚠ </span>
                  {t(brokenCardTexts.badge)}
                </span>
              )}
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
                {t(MAKE_REGIONAL_VERSION)}
              </button>
              <ServerOnly>
                <CopyToWorkspaceItems card={card} />
              </ServerOnly>
              <button type="button" onClick={() => setPending({ kind: 'bin', card })}>
                {t(texts.delete)}
              </button>
            </Menu>
          </li>
        ))}
      </ul>
      <ServerOnly>
        <WorkspaceCards />
      </ServerOnly>
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
                <button type="button" className="danger" onClick={() => setForever(card)}>
                  {t(texts.deleteForever)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {newOpen && (
        <OnFirstUse>
          <NewCardDialog open onClose={() => setNewOpen(false)} />
        </OnFirstUse>
      )}
      {forever && (
        <OnFirstUse>
          <DeleteForeverDialog
            key={forever.rowId}
            card={forever}
            onClose={() => setForever(null)}
          />
        </OnFirstUse>
      )}
      <Dialog
        open={pending !== null}
        title={pending?.kind === 'rename' ? t(texts.rename) : t(texts.delete)}
        onClose={() => setPending(null)}
        actions={
          <>
            <button type="button" onClick={() => setPending(null)}>
              {t(texts.cancel)}
            </button>
            <button
              type="button"
              className={pending?.kind === 'rename' ? 'primary' : 'danger'}
              disabled={pending?.kind === 'rename' && !newName.ok}
              onClick={() => void confirm()}
            >
              {pending?.kind === 'rename' ? t(texts.save) : t(texts.delete)}
            </button>
          </>
        }
      >
        {pending?.kind === 'rename' ? (
          <PlainField
            label={t(texts.newName)}
            value={name}
            autoFocus
            error={newName.ok ? null : newName.error}
            onChange={setName}
            onEnter={() => void confirm()}
          />
        ) : (
          pending && <p>{t(texts.confirmBin, { title: pending.card.title })}</p>
        )}
      </Dialog>
    </nav>
  );
}
