// A section of the directory: its heading (edit, move, delete), its entries in
// order, and the ways to add to it: a new partner, or one already in the gids.
import { useId } from 'react';
import { AUDIENCE_LABELS } from '../../schema/directory-text';
import { uniqueIdFromName } from '../../schema/ids';
import type { Card, Section } from '../../schema/types';
import { notify } from '../app/notices';
import { useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import {
  addEntry,
  addPartner,
  deleteSection,
  moveSection,
  updateSection,
} from '../state/commands/directory-commands';
import { dirTexts, fieldTexts } from './directory-texts';
import { entryKey, entrySelector, undoIfLast, useDirectoryUi } from './directory-ui';
import { AddByName, MoveButtons, PickAndAct } from './controls';
import { EntryRow } from './EntryRow';
import { useGrowingCount } from './growing-list';
import { longText, requiredText } from './field-rules';
import { ChoiceField, RuleField } from './fields';
import { dragSourceProps, focusSoon, moverRef, stepMove, useDropTarget } from './reorder';

interface SectionBlockProps {
  card: Card;
  section: Section;
  index: number;
  count: number;
}

export const sectionSelector = (id: string) => `[data-section-id="${CSS.escape(id)}"]`;
/** The key under which a section's edit form is open in the directory's view state. */
export const sectionEditKey = (id: string) => `section:${id}`;

export function SectionBlock({ card, section, index, count }: SectionBlockProps) {
  const studio = useStudio();
  const ui = useDirectoryUi();
  const t = useT();
  const headingId = useId();
  const editKey = sectionEditKey(section.id);
  const editing = ui.expanded.has(editKey);
  const setEditing = (open: boolean) => ui.setExpanded(editKey, open);
  const title = section.title;
  const moveSectionTo = (id: string, to: number) => {
    studio.store.execute(moveSection, { id, to });
    const moved = card.directory.sections.find((s) => s.id === id)?.title ?? id;
    ui.announce(t(dirTexts.sectionMoved, { title: moved, n: to + 1, total: count }));
    focusSoon(`${sectionSelector(id)} .section-edit`);
  };
  const move = (to: number) => moveSectionTo(section.id, to);
  const drop = useDropTarget('section', 'sections', index, moveSectionTo);
  const remove = () => {
    studio.store.execute(deleteSection, { id: section.id });
    notify(t(dirTexts.sectionDeleted, { title }), {
      label: t(dirTexts.undo),
      run: () => undoIfLast(studio, deleteSection.id),
    });
  };
  const partners = new Map(card.directory.partners.map((p) => [p.id, p]));
  const entries = section.entries.filter(
    (e) => partners.has(e.partner) && (ui.shown === null || ui.shown.has(e.partner)),
  );
  const drawn = useGrowingCount(entries.length);
  if (ui.shown !== null && entries.length === 0) return null;

  return (
    <section
      className={`dir-section${drop.side ? ` drop-${drop.side}` : ''}`}
      data-section-id={section.id}
      aria-labelledby={headingId}
      {...(ui.reorderable ? drop.props : {})}
    >
      <header
        className="section-header"
        data-reorder
        ref={moverRef(ui.reorderable ? stepMove(index, count, move) : null)}
        {...dragSourceProps(
          { kind: 'section', list: 'sections', id: section.id, index },
          ui.reorderable,
        )}
      >
        {ui.reorderable && (
          <span className="drag-handle" aria-hidden="true" title={t(dirTexts.dragHint)}>
            ⠿
          </span>
        )}
        <h3 id={headingId}>{title}</h3>
        {section.audience && (
          <span className="muted">({t(AUDIENCE_LABELS[section.audience])})</span>
        )}
        <span className="muted">
          {t(section.entries.length === 1 ? dirTexts.partnerCountOne : dirTexts.partnerCount, {
            n: section.entries.length,
          })}
        </span>
        <span className="section-tools">
          <button
            type="button"
            className="section-edit"
            aria-expanded={editing}
            aria-label={t(dirTexts.editSection, { title })}
            aria-keyshortcuts={ui.reorderable ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
            onClick={() => setEditing(!editing)}
          >
            {editing ? t(dirTexts.doneEditing) : t(dirTexts.edit)}
          </button>
          <MoveButtons
            up={t(dirTexts.sectionUp, { title })}
            down={t(dirTexts.sectionDown, { title })}
            canUp={ui.reorderable && index > 0}
            canDown={ui.reorderable && index < count - 1}
            onMove={stepMove(index, count, move)}
          />
          <button
            type="button"
            className="danger"
            aria-label={t(dirTexts.deleteSection, { title })}
            onClick={remove}
          >
            {t(dirTexts.delete)}
          </button>
        </span>
      </header>
      {editing && <SectionForm section={section} />}
      {!editing && section.description && (
        <p className="section-description">{section.description}</p>
      )}
      {entries.length === 0 ? (
        <p className="muted">{t(dirTexts.emptySection)}</p>
      ) : (
        <ol className="entries">
          {entries.slice(0, drawn).map((entry, i) => (
            <EntryRow
              key={entry.partner}
              card={card}
              section={section}
              entry={entry}
              partner={partners.get(entry.partner)!}
              index={ui.shown === null ? i : section.entries.indexOf(entry)}
              count={section.entries.length}
            />
          ))}
        </ol>
      )}
      {ui.shown === null && <AddToSection card={card} section={section} />}
    </section>
  );
}

function SectionForm({ section }: { section: Section }) {
  const studio = useStudio();
  const t = useT();
  const edit = (changes: Partial<Section>) =>
    studio.store.execute(updateSection, { id: section.id, changes });
  return (
    <div className="section-form">
      <RuleField
        label={t(dirTexts.sectionTitle)}
        name="section-title"
        value={section.title}
        rule={requiredText}
        onCommit={(title) => edit({ title })}
      />
      <ChoiceField
        label={t(fieldTexts.audience)}
        name="section-audience"
        value={section.audience}
        options={AUDIENCE_LABELS}
        empty={t(fieldTexts.notGiven)}
        onChange={(audience) => edit({ audience })}
      />
      <RuleField
        label={t(dirTexts.sectionDescription)}
        name="section-description"
        multiline
        value={section.description}
        rule={longText}
        onCommit={(description) => edit({ description })}
      />
    </div>
  );
}

function AddToSection({ card, section }: { card: Card; section: Section }) {
  const studio = useStudio();
  const ui = useDirectoryUi();
  const t = useT();
  const listed = new Set(section.entries.map((e) => e.partner));
  const others = card.directory.partners.filter((p) => !listed.has(p.id));

  const addNew = (organisation: string) => {
    const used = new Set(card.directory.partners.map((p) => p.id));
    const partnerId = uniqueIdFromName(organisation, used, 'partner');
    studio.store.execute(addPartner, {
      partner: { id: partnerId, organisation },
      sectionId: section.id,
    });
    ui.setExpanded(entryKey(section.id, partnerId), true);
    focusSoon(`${entrySelector(section.id, partnerId)} [data-field="service"]`);
  };
  return (
    <div className="section-add">
      <AddByName
        label={t(dirTexts.newPartnerName)}
        button={t(dirTexts.addPartner)}
        onAdd={addNew}
      />
      <PickAndAct
        label={t(dirTexts.listExisting)}
        placeholder={t(dirTexts.choosePartner)}
        items={others}
        option={(p) => ({
          value: p.id,
          label: p.service ? `${p.organisation} – ${p.service}` : p.organisation,
        })}
        button={t(dirTexts.list)}
        onPick={(partner) =>
          studio.store.execute(addEntry, { sectionId: section.id, entry: { partner } })
        }
      />
    </div>
  );
}
