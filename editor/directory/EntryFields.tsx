// What belongs to a partner's place in one section (the way in that applies
// there: the CLBs are "via contactpersoon" for parents and "brede instap" for
// professionals; a note), and what one can do with the place and the partner:
// list it in another section, take it out of this one, delete it altogether.
import { useState } from 'react';
import { WAY_IN_LABELS } from '../../schema/directory-text';
import type { Card, Partner, Section, SectionEntry } from '../../schema/types';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import {
  addEntry,
  deletePartner,
  removeEntry,
  updateEntry,
} from '../state/commands/directory-commands';
import { PickAndAct } from './controls';
import { dirTexts, fieldTexts } from './directory-texts';
import { undoIfLast } from './directory-ui';
import { longText } from './field-rules';
import { ChoiceField, RuleField } from './fields';

interface EntryFieldsProps {
  section: Section;
  entry: SectionEntry;
  partner: Partner;
}

export function EntryFields({ section, entry, partner }: EntryFieldsProps) {
  const studio = useStudio();
  const t = useT();
  const edit = (changes: Partial<SectionEntry>) =>
    studio.store.execute(updateEntry, { sectionId: section.id, partnerId: partner.id, changes });
  const asPartner = partner.wayIn
    ? t(fieldTexts.asPartner, { wayIn: t(WAY_IN_LABELS[partner.wayIn]) })
    : t(fieldTexts.notGiven);
  return (
    <fieldset className="entry-fields">
      <legend>{t(fieldTexts.inSection, { section: section.title })}</legend>
      <ChoiceField
        label={t(fieldTexts.entryWayIn)}
        name="entry-wayIn"
        value={entry.wayIn}
        options={WAY_IN_LABELS}
        empty={asPartner}
        onChange={(wayIn) => edit({ wayIn })}
      />
      <RuleField
        label={t(fieldTexts.entryNote)}
        name="entry-note"
        value={entry.note}
        rule={longText}
        onCommit={(note) => edit({ note })}
      />
    </fieldset>
  );
}

interface EntryActionsProps {
  card: Card;
  section: Section | null;
  partner: Partner;
}

export function EntryActions({ card, section, partner }: EntryActionsProps) {
  const studio = useStudio();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const name = partner.organisation;
  const others = card.directory.sections.filter(
    (s) => !s.entries.some((e) => e.partner === partner.id),
  );
  const listedIn = card.directory.sections.filter((s) =>
    s.entries.some((e) => e.partner === partner.id),
  );

  const takeOut = () => {
    if (!section) return;
    studio.store.execute(removeEntry, { sectionId: section.id, partnerId: partner.id });
    notify(t(dirTexts.removedFromSection, { name, section: section.title }), {
      label: t(dirTexts.undo),
      run: () => undoIfLast(studio, removeEntry.id),
    });
  };
  const remove = () => {
    setConfirming(false);
    studio.store.execute(deletePartner, { id: partner.id });
    notify(t(dirTexts.partnerDeleted, { name }), {
      label: t(dirTexts.undo),
      run: () => undoIfLast(studio, deletePartner.id),
    });
  };

  return (
    <div className="entry-actions">
      <PickAndAct
        label={t(dirTexts.alsoList)}
        placeholder={t(dirTexts.chooseSection)}
        items={others}
        option={(s) => ({ value: s.id, label: s.title })}
        button={t(dirTexts.list)}
        onPick={(sectionId) =>
          studio.store.execute(addEntry, { sectionId, entry: { partner: partner.id } })
        }
      />
      <div className="inline">
        {section && (
          <button type="button" onClick={takeOut}>
            {t(dirTexts.removeFromSection)}
          </button>
        )}
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t(dirTexts.deletePartner)}
        </button>
      </div>
      <Dialog
        open={confirming}
        title={t(dirTexts.deletePartner)}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" onClick={() => setConfirming(false)}>
              {t(dirTexts.cancel)}
            </button>
            <button type="button" className="danger" onClick={remove}>
              {t(dirTexts.deletePartner)}
            </button>
          </>
        }
      >
        <p>
          {t(dirTexts.confirmDeletePartner, {
            name,
            sections:
              listedIn.length > 0
                ? listedIn.map((s) => s.title).join(', ')
                : t(dirTexts.noSections),
          })}
        </p>
      </Dialog>
    </div>
  );
}
