// One partner as a section lists it: a summary line (name, service, numbers,
// way in, badges) that opens the partner's form, with moves by drag, by
// Alt+Up/Down and by buttons.
import { memo } from 'react';
import { isStale } from '../../schema/checks/directory';
import { WAY_IN_LABELS } from '../../schema/directory-text';
import { parseBelgianPhone } from '../../schema/phone';
import type { Lang } from '../../schema/problems';
import type { Card, Partner, Section, SectionEntry } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { formatDate, useLang, useT } from '../i18n/i18n';
import { moveEntry } from '../state/commands/directory-commands';
import { dirTexts } from './directory-texts';
import { entryKey, entrySelector, UNLISTED, useDirectoryUi } from './directory-ui';
import { MoveButtons } from './controls';
import { EntryActions, EntryFields } from './EntryFields';
import { Badge } from './fields';
import { PartnerForm } from './PartnerForm';
import { dragSourceProps, focusSoon, moverRef, stepMove, useDropTarget } from './reorder';

interface EntryRowProps {
  card: Card;
  /** null for a partner that no section lists. */
  section: Section | null;
  entry: SectionEntry;
  partner: Partner;
  index: number;
  count: number;
}

const dateText = (iso: string, lang: Lang) => formatDate(iso + 'T12:00:00', lang, 'date');

function EntryRowView({ card, section, entry, partner, index, count }: EntryRowProps) {
  const studio = useStudio();
  const ui = useDirectoryUi();
  const t = useT();
  const lang = useLang();
  const sectionId = section?.id ?? UNLISTED;
  const key = entryKey(sectionId, partner.id);
  const open = ui.expanded.has(key);
  const canMove = section !== null && ui.reorderable;
  const name = partner.organisation;
  const moveEntryTo = (partnerId: string, to: number) => {
    if (!section) return;
    studio.store.execute(moveEntry, { sectionId, partnerId, to });
    // The card as it is now: this row may have been drawn for an earlier one.
    const current = studio.store.getState()?.card ?? card;
    const moved = current.directory.partners.find((p) => p.id === partnerId)?.organisation;
    ui.announce(t(dirTexts.entryMoved, { name: moved ?? partnerId, n: to + 1, total: count }));
    focusSoon(`${entrySelector(sectionId, partnerId)} .entry-toggle`);
  };
  const move = (to: number) => moveEntryTo(partner.id, to);
  const drop = useDropTarget('entry', sectionId, index, moveEntryTo);
  const wayIn = entry.wayIn ?? partner.wayIn;
  const stale = isStale(partner.lastChecked, ui.now);
  const badPhone = (partner.phones ?? []).some((p) => !parseBelgianPhone(p.number));
  const roles = (partner.roles ?? []).map((id) => card.roles.find((r) => r.id === id)?.name ?? id);
  const formId = `entry-form-${sectionId}-${partner.id}`;

  return (
    <li
      className={`entry${open ? ' is-open' : ''}${drop.side ? ` drop-${drop.side}` : ''}`}
      data-entry={key}
      data-partner-id={partner.id}
      {...(canMove ? drop.props : {})}
    >
      <div
        className="entry-summary"
        data-reorder
        ref={moverRef(canMove ? stepMove(index, count, move) : null)}
        {...dragSourceProps({ kind: 'entry', list: sectionId, id: partner.id, index }, canMove)}
      >
        {canMove && (
          <span className="drag-handle" aria-hidden="true" title={t(dirTexts.dragHint)}>
            ⠿
          </span>
        )}
        <div className="entry-main">
          <button
            type="button"
            className="entry-toggle"
            aria-expanded={open}
            aria-controls={formId}
            aria-keyshortcuts={canMove ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
            onClick={() => ui.setExpanded(key, !open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
            <span className="entry-name">{name}</span>
            {partner.service && <span className="entry-service"> – {partner.service}</span>}
          </button>
          <span className="entry-meta">
            {(partner.phones ?? []).map((p, i) => (
              <span key={i} className="entry-phone">
                {parseBelgianPhone(p.number)?.display ?? p.number}
                {p.label && ` (${p.label})`}
              </span>
            ))}
            {wayIn && <Badge kind="info">{t(WAY_IN_LABELS[wayIn])}</Badge>}
            {roles.length > 0 && (
              <Badge kind="info">{t(dirTexts.fills, { roles: roles.join(', ') })}</Badge>
            )}
            {stale && (
              <Badge kind="warning">
                {t(dirTexts.stale, { date: dateText(partner.lastChecked!, lang) })}
              </Badge>
            )}
            {badPhone && <Badge kind="warning">{t(dirTexts.phoneProblem)}</Badge>}
          </span>
        </div>
        {section && (
          <MoveButtons
            up={t(dirTexts.moveUp, { name })}
            down={t(dirTexts.moveDown, { name })}
            canUp={canMove && index > 0}
            canDown={canMove && index < count - 1}
            onMove={stepMove(index, count, move)}
          />
        )}
      </div>
      {open && (
        <div
          id={formId}
          className="entry-form"
          role="group"
          aria-label={t(dirTexts.details, { name })}
        >
          {section && <EntryFields section={section} entry={entry} partner={partner} />}
          <PartnerForm card={card} partner={partner} />
          <EntryActions card={card} section={section} partner={partner} />
        </div>
      )}
    </li>
  );
}

/**
 * Drawn again only when what it shows changed: an edit of one partner leaves
 * the other rows of a directory of thousands as they are. A row reads the
 * card's roles, regions and sections (its form and actions), nothing else.
 */
export const EntryRow = memo(
  EntryRowView,
  (a, b) =>
    a.section === b.section &&
    a.entry === b.entry &&
    a.partner === b.partner &&
    a.index === b.index &&
    a.count === b.count &&
    a.card.roles === b.card.roles &&
    a.card.regions === b.card.regions &&
    a.card.directory.sections === b.card.directory.sections,
);
