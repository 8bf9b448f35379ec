// The words of the CSV export and import, Dutch first.
import { msg } from '../i18n/i18n';

export const csvTexts = msg({
  export: { nl: 'Exporteren als CSV', en: 'Export as CSV' },
  import: { nl: 'Importeren uit CSV…', en: 'Import from CSV…' },
  title: { nl: "Partnergids inlezen uit '{file}'", en: "Import the directory from '{file}'" },
  refused: {
    nl: 'Dit bestand kan niet ingelezen worden. Er is niets gewijzigd: verbeter de rijen hieronder in het rekenblad en probeer opnieuw.',
    en: 'This file cannot be imported. Nothing was changed: correct the rows below in the spreadsheet and try again.',
  },
  warnings: { nl: 'Opmerkingen', en: 'Notes' },
  summary: {
    nl: '{added} toegevoegd, {changed} gewijzigd, {removed} verwijderd.',
    en: '{added} added, {changed} changed, {removed} removed.',
  },
  nothing: {
    nl: 'Het bestand is gelijk aan de gids: er verandert niets.',
    en: 'The file matches the directory: nothing changes.',
  },
  removedHeadingOne: { nl: '1 partner wordt verwijderd', en: '1 partner will be deleted' },
  removedHeading: {
    nl: '{n} partners worden verwijderd',
    en: '{n} partners will be deleted',
  },
  removedHint: {
    nl: 'Ze staan niet in het bestand. Het bestand is de hele gids: een partner zonder rij verdwijnt, met zijn vermeldingen in de secties.',
    en: 'They are not in the file. The file is the whole directory: a partner without a row disappears, with its listings in the sections.',
  },
  mode: {
    nl: 'Wat doet het bestand met de partnergids?',
    en: 'What does the file do to the directory?',
  },
  modeMerge: {
    nl: 'Alleen toevoegen en bijwerken: partners die niet in het bestand staan, blijven',
    en: 'Only add and update: partners not in the file stay',
  },
  modeReplace: {
    nl: 'Hele gids vervangen: partners die niet in het bestand staan, worden verwijderd',
    en: 'Replace the whole directory: partners not in the file are deleted',
  },
  keptOne: {
    nl: '1 partner staat niet in het bestand en blijft zoals hij is:',
    en: '1 partner is not in the file and stays as it is:',
  },
  kept: {
    nl: '{n} partners staan niet in het bestand en blijven zoals ze zijn:',
    en: '{n} partners are not in the file and stay as they are:',
  },
  addedHeading: { nl: 'Nieuwe partners ({n})', en: 'New partners ({n})' },
  changedHeading: { nl: 'Gewijzigde partners ({n})', en: 'Changed partners ({n})' },
  line: { nl: 'regel {n}', en: 'line {n}' },
  field: { nl: 'Veld', en: 'Field' },
  before: { nl: 'Was', en: 'Was' },
  after: { nl: 'Wordt', en: 'Becomes' },
  empty: { nl: '(leeg)', en: '(empty)' },
  sections: { nl: 'secties', en: 'sections' },
  apply: { nl: 'Toepassen', en: 'Apply' },
  applyRemovingOne: { nl: 'Toepassen en 1 partner verwijderen', en: 'Apply and delete 1 partner' },
  applyRemoving: {
    nl: 'Toepassen en {n} partners verwijderen',
    en: 'Apply and delete {n} partners',
  },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  close: { nl: 'Sluiten', en: 'Close' },
  applied: {
    nl: "Partnergids ingelezen uit '{file}'.",
    en: "Directory imported from '{file}'.",
  },
  notApplied: {
    nl: 'De gids is intussen gewijzigd en het bestand past er niet meer op. Er is niets gewijzigd.',
    en: 'The directory changed meanwhile and the file no longer fits. Nothing was changed.',
  },
  more: { nl: '… en nog {n}.', en: '… and {n} more.' },
  columnsSummary: { nl: 'Welke kolommen?', en: 'Which columns?' },
  columnsIntro: {
    nl: "Eén rij per partner, ';' tussen de cellen, opgeslagen als CSV (UTF-8 of de gewone CSV van Excel). Een rij zonder id is een nieuwe partner, of de partner met dezelfde naam. Een lege cel maakt het veld leeg; een kolom die ontbreekt, laat dat veld ongemoeid. De volledige beschrijving staat in schema/csv/COLUMNS.md.",
    en: "One row per partner, ';' between cells, saved as CSV (UTF-8 or Excel's plain CSV). A row without an id is a new partner, or the partner with the same name. An empty cell empties the field; a missing column leaves that field alone. The full description is in schema/csv/COLUMNS.md.",
  },
  fileTooLarge: { nl: 'Dit bestand kan niet ingelezen worden.', en: 'This file cannot be read.' },
});
