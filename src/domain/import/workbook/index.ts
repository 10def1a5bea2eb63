export { sniffFormat, type SniffedFormat } from './sniff-format';
export { openWorkbook } from './open-workbook';
export { readSheet, MAX_SHEET_CELLS } from './read-sheet';
export type { Workbook, WorkbookFormat, WorkbookHandle, SheetVisibility } from './workbook';
export { dayFromSerial, isDateFormat, type DateSystem } from './date-serial';
export type { WorkbookErrorCode } from './workbook-issues';
export {
  MAX_TOTAL_UNCOMPRESSED_BYTES,
  MAX_COMPRESSION_RATIO,
  RATIO_CHECKED_FROM_BYTES,
} from './zip-inspection';
