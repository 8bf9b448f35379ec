// The "Partnergids" view: the directory's sections and partners, search and
// filters, the CSV round trip, the roles and the regional tools. Every edit
// goes through a named command, so the toolbar's undo takes it back.
import { TaskStatus, type FileProgress, type FileStage } from '../app/TaskStatus';
import { useCallback, useMemo, useState } from 'react';
import { uniqueIdFromName } from '../../schema/ids';
import type { Card, Partner, SectionEntry } from '../../schema/types';
import { useCard, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { RegionBar } from '../region/RegionBar';
import { addSection, updateDirectoryTitle } from '../state/commands/directory-commands';
import { useGrowingCount } from './growing-list';
import { exportDirectoryCsv, readDirectoryCsv, withMode, type CsvReading } from './csv-io';
import { csvTexts } from './csv-texts';
import { FilePickButton } from './controls';
import { CsvImportDialog } from './CsvImportDialog';
import {
  isFiltering,
  matchingPartners,
  NO_FILTER,
  unlistedPartners,
  type DirectoryFilter,
} from './directory-filter';
import { dirTexts } from './directory-texts';
import { DirectoryUiContext, useDirectoryUi, type DirectoryUi } from './directory-ui';
import { DirectoryFilterBar } from './DirectoryFilterBar';
import { shortText } from './field-rules';
import { RuleField } from './fields';
import { EntryRow } from './EntryRow';
import { focusSoon, useReorderShortcuts } from './reorder';
import { RolesPanel } from './RolesPanel';
import { SectionBlock, sectionEditKey, sectionSelector } from './SectionBlock';
import { useDirectoryReveal } from './use-directory-reveal';

/** Reading a CSV: the file, then (in the worker) its rows, then the plan. */
const CSV_STAGES: readonly FileStage[] = ['read', 'parse', 'plan'];

export function DirectoryEditor() {
  const studio = useStudio();
  const card = useCard();
  const t = useT();
  const [filter, setFilter] = useState<DirectoryFilter>(NO_FILTER);
  const [expanded, setExpandedSet] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [reading, setReading] = useState<CsvReading | null>(null);
  const [csvProgress, setCsvProgress] = useState<FileProgress | null>(null);
  const [now] = useState(() => new Date());

  const setExpanded = useCallback((key: string, open: boolean) => {
    setExpandedSet((keys) => {
      if (keys.has(key) === open) return keys;
      const next = new Set(keys);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const expand = useCallback((key: string) => setExpanded(key, true), [setExpanded]);
  const clearFilter = useCallback(() => setFilter(NO_FILTER), []);
  useDirectoryReveal(studio, expand, clearFilter);
  useReorderShortcuts();

  const shown = useMemo(
    () => (card && isFiltering(filter) ? matchingPartners(card, filter, now) : null),
    [card, filter, now],
  );
  const ui: DirectoryUi = useMemo(
    () => ({
      expanded,
      setExpanded,
      shown,
      reorderable: shown === null,
      announce: setAnnouncement,
      now,
    }),
    [expanded, setExpanded, shown, now],
  );
  if (!card) return null;

  const newSection = () => {
    const used = new Set(card.directory.sections.map((s) => s.id));
    const title = t(dirTexts.newSectionTitle);
    const id = uniqueIdFromName(title, used, 'sectie');
    studio.store.execute(addSection, { section: { id, title, entries: [] } });
    setFilter(NO_FILTER);
    setExpanded(sectionEditKey(id), true);
    focusSoon(`${sectionSelector(id)} [data-field="section-title"]`);
  };
  const readCsv = async (file: File) => {
    const current = studio.store.getState()?.card;
    if (!current) return;
    const show = (stage: FileStage) =>
      setCsvProgress({ file: file.name, stage, stages: CSV_STAGES });
    show('read');
    try {
      setReading(await readDirectoryCsv(file, current, show));
    } finally {
      setCsvProgress(null);
    }
  };

  return (
    <DirectoryUiContext.Provider value={ui}>
      <div className="directory-view">
        <div className="directory-main">
          <header className="directory-header">
            <h2>{t(dirTexts.heading)}</h2>
            <RegionBar card={card} />
            <RuleField
              className="directory-title"
              label={t(dirTexts.directoryTitle)}
              name="directory-title"
              value={card.directory.title}
              rule={shortText}
              onCommit={(title) => studio.store.execute(updateDirectoryTitle, { title })}
            />
            <div className="directory-tools">
              <button type="button" onClick={newSection}>
                {t(dirTexts.addSection)}
              </button>
              <button type="button" onClick={() => exportDirectoryCsv(card)}>
                {t(csvTexts.export)}
              </button>
              <FilePickButton
                label={t(csvTexts.import)}
                accept=".csv,text/csv"
                testId="csv-input"
                onFile={(file) => void readCsv(file)}
              />
            </div>
            <DirectoryFilterBar
              filter={filter}
              onChange={setFilter}
              shown={shown?.size ?? card.directory.partners.length}
              total={card.directory.partners.length}
            />
          </header>
          {card.directory.sections.map((section, i) => (
            <SectionBlock
              key={section.id}
              card={card}
              section={section}
              index={i}
              count={card.directory.sections.length}
            />
          ))}
          <UnlistedPartners card={card} />
        </div>
        <aside className="directory-side">
          <RolesPanel card={card} />
        </aside>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <TaskStatus progress={csvProgress} />
        <CsvImportDialog
          reading={reading}
          onClose={() => setReading(null)}
          onMode={(mode) => reading && void withMode(reading, mode).then(setReading)}
        />
      </div>
    </DirectoryUiContext.Provider>
  );
}

const unlistedEntries = new WeakMap<Partner, SectionEntry>();
/** The same entry object for the same partner, so its row is not drawn again for nothing. */
function unlistedEntry(partner: Partner): SectionEntry {
  let entry = unlistedEntries.get(partner);
  if (!entry) unlistedEntries.set(partner, (entry = { partner: partner.id }));
  return entry;
}

/** Partners no section lists: in the gids, not on the card; shown so they can be found. */
function UnlistedPartners({ card }: { card: Card }) {
  const t = useT();
  const { shown } = useDirectoryUi();
  const partners = unlistedPartners(card).filter((p) => shown === null || shown.has(p.id));
  const drawn = useGrowingCount(partners.length);
  if (partners.length === 0) return null;
  return (
    <section className="dir-section unlisted" aria-labelledby="unlisted-heading">
      <header className="section-header">
        <h3 id="unlisted-heading">{t(dirTexts.unlisted)}</h3>
      </header>
      <p className="section-description">{t(dirTexts.unlistedHint)}</p>
      <ol className="entries">
        {partners.slice(0, drawn).map((partner, i) => (
          <EntryRow
            key={partner.id}
            card={card}
            section={null}
            entry={unlistedEntry(partner)}
            partner={partner}
            index={i}
            count={partners.length}
          />
        ))}
      </ol>
    </section>
  );
}
