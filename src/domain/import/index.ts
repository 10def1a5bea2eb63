export type {
  Cell,
  DateCell,
  ErrorCell,
  ImportIssue,
  ImportResult,
  RawTable,
  Severity,
  SheetInfo,
} from './types';
export * from './normalise';
export { importBytes, type ImportOptions, type ImportedFile, type ImportedTable } from './pipeline';
export { summariseIssues, SUMMARY_THRESHOLD } from './summarise-issues';
export {
  readTextTable,
  decodeText,
  detectDelimiter,
  type DecodedText,
  type Delimiter,
} from './text';
export {
  sniffFormat,
  openWorkbook,
  readSheet,
  type SniffedFormat,
  type Workbook,
} from './workbook';
