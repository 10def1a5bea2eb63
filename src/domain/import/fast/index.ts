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
