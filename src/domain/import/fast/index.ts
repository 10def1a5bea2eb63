/**
 * The fast import path: delimited text and one-sheet XLSX workbooks of the daily and per-vehicle
 * shapes, read in chunks straight into daily records, with exactly importBytes' result (records,
 * duplicates, issues, notes) or `{ eligible: false, reason }`, after which the general reader
 * (importBytes / readTables) must read the file. In a worker: importTextStream(file.stream(), …)
 * for text, importXlsxBytes(bytes, …) for XLSX; both report progress and stop on an AbortSignal.
 */
export {
  createFastTextImport,
  importTextFast,
  type FastImportOptions,
  type FastImportOutcome,
  type FastImportedTable,
  type FastTextImport,
} from './fast-text-import';
export {
  importXlsxFast,
  xlsxImportSteps,
  type FastXlsxOptions,
  type XlsxProgress,
} from './fast-xlsx-import';
export {
  importTextStream,
  importXlsxBytes,
  type ImportProgress,
  type StreamImportOptions,
  type StreamImportOutcome,
} from './import-stream';
export type { NotEligible } from './fast-table';
