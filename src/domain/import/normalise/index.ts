export type {
  ColumnMapping,
  ColumnRole,
  DateOrder,
  DuplicateGroup,
  DuplicatePolicy,
  NeedsAnswer,
  NormalisedTable,
  NumberLocale,
  PeriodSpan,
  TableMapping,
  TableShape,
} from './types';
export { guessMapping, mappingKey, findHeaderRow } from './guess-mapping';
export { answerColumn } from './answer-mapping';
export { matchHeader, normaliseHeader, UNNAMED_REGION, type HeaderMatch } from './header-synonyms';
export { normaliseTable, type NormaliseOptions } from './normalise-table';
export {
  previewTable,
  type PreviewCell,
  type PreviewRow,
  type TablePreview,
} from './preview-table';
export { mergeTables, type FileRecords, type MergedRecords } from './merge-tables';
export { detectDateOrder, detectNumberLocale } from './detect-column';
export { parsePeriodText } from './calendar-text';
export { classifyNumberText, parseNumberText, isNoValueText } from './number-text';
export { headerTexts } from './table-columns';
