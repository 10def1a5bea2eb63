import type { WorkBook } from '@e965/xlsx';
import type { SheetInfo } from '../types';
import type { DateSystem } from './date-serial';

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

/** SheetInfo.hidden folds the two kinds of hidden together; this keeps them apart. */
export type SheetVisibility = 'visible' | 'hidden' | 'very-hidden';

/** What readSheet needs; not for other use. */
export interface WorkbookHandle {
  readonly parsed: WorkBook;
  /** Per sheet, in the order of `sheets`. */
  readonly visibility: readonly SheetVisibility[];
}

export interface Workbook {
  file: string;
  format: WorkbookFormat;
  /** Every sheet, hidden ones included, in the workbook's order. */
  sheets: SheetInfo[];
  dateSystem: DateSystem;
  handle: WorkbookHandle;
}
