// The partner directory as a CSV file, for coordinators who keep their
// contacts in a spreadsheet: export, read back, plan, apply. See COLUMNS.md.
export { directoryToCsv } from './export';
export { parseDirectoryCsv, type ParsedDirectory, type ParsedRow } from './parse';
export { planDirectoryImport, type DirectoryImportPlan, type ImportMode } from './plan';
export {
  applyDirectoryImport,
  type FieldChange,
  type ImportField,
  type PartnerAddition,
  type PartnerUpdate,
  type SectionPlacement,
} from './apply';
export {
  CSV_COLUMNS,
  type CsvColumn,
  type CsvColumnKey,
  type RowValues,
  type SectionRef,
} from './columns';
export type { ImportProblem, ImportProblemCode } from './messages';
export { decodeCsvInput } from './decode';
export { detectSeparator, readCsv, writeCsv, type CsvRecord, type Separator } from './rfc4180';
